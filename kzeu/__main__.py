"""``python -m kzeu``."""

from kzeu.cli import main

main()
