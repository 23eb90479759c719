"""Demo data: a sample inbox for trying the worker without a real mailbox."""
