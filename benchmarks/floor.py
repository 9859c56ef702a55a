import typer, rich.console, rich.table
from pydantic import BaseModel


class M(BaseModel):
    x: int


M.model_validate_json(b'{"x": 1}')
