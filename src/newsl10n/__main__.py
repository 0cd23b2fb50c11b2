"""``python -m newsl10n`` runs the command line."""

from newsl10n.cli import main

main()
