"""Assistants: drafts, creation, profiles, versions and diffs, visibility and archiving, stats,
cards, codes, the Lab's leak test and the showcase. Used through api_bots.
"""
