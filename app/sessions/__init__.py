"""Chat sessions: the chat model, storing a turn, starting and concluding, the turn itself, resume,
listings, titles, exports, test chats and the leak judge. Used through api_sessions.
"""
