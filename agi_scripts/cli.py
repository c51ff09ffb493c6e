"""`ivr agi ...` and `ivr prompts ...`: FastAGI server and prompt audio for Asterisk."""

import typer

app = typer.Typer(help="FastAGI server for Asterisk.", no_args_is_help=True)
prompts_app = typer.Typer(help="Prompt audio files for Asterisk and the SIP endpoint.", no_args_is_help=True)
