"""The subcommands of the inbox-worker command line, one module per command group."""
