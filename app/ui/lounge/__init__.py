"""The Lounge's components: My AI Assistants, My Chats, card import, stats and versions."""
