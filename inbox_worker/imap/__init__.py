"""The IMAP side of the worker: connecting and logging in, and a typed mail source on IMAPClient."""
