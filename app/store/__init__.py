"""The document store's internals: documents and errors, batches, the interface, the SQLite and
Firestore backends and the process-wide connection. Used through api_util_firebase.
"""
