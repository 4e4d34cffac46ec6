"""The command line's commands: `status`, `history` and `key` (parsed by `seranking_tray.entry` with
`cli.parser`, run by `cli.commands`). Nothing here imports Qt."""
