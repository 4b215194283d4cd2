"""Users: accounts and keys, encryption, user batches, key rotation, Lab drafts and the month's
spend. Used through api_users.
"""
