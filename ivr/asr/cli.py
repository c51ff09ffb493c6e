"""`ivr asr ...`: speech recognition commands."""

import typer

app = typer.Typer(help="Speech recognition (Vosk): recognise files, run the ASR WebSocket service.",
                  no_args_is_help=True)
