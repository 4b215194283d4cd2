"""The LLM wrapper's internals: the client and its streams, errors, models and payloads, refused
parameters, token counts and prices. Used through api_util_openai.
"""
