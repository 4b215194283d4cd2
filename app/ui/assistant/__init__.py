"""The assistant page's components: the conversation, downloads, past sessions and the signed-out
share link.
"""
