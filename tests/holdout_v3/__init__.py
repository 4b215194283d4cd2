"""Held-out prompt-leak corpus (v3), written blind to the guard's code and test data."""
