"""`ivr queue ...` and `ivr simulate`: the Redis ACD."""

import typer

app = typer.Typer(help="Queues, agents and centres (Redis ACD).", no_args_is_help=True)
