"""Streamlit components the pages are built from; the only layer besides the pages that imports
Streamlit.
"""
