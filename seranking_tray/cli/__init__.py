"""The command line's commands: `status`, `history`, `key` and `accounts` (parsed by `seranking_tray.entry` with
`cli.parser`, run by `cli.commands`). Nothing here imports Qt."""
