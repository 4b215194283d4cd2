"""Command line for operators (there is no admin page).

python -m app.manage seed             create the showcase assistants if absent
python -m app.manage list             list assistants (code, name, visibility)
python -m app.manage requests         list the showcase requests waiting for review
python -m app.manage showcase CODE    show an assistant in the Lounge (approves its request)
python -m app.manage hide CODE        take it out of the Lounge (it becomes Unlisted)
python -m app.manage deactivate CODE  make it unreachable, even by code
python -m app.manage erasures         finish account erasures a crash interrupted
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_bots  # noqa: E402 - needs the path above when run as `python -m app.manage`
from account import resume_erasures  # noqa: E402
from api_bots import BotError, seed_showcase, set_showcased, showcase_requests  # noqa: E402
from api_util_firebase import get_store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.manage", description="GPT Lab admin")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("seed", help="create the showcase assistants if absent")
    commands.add_parser("list", help="list active assistants")
    commands.add_parser("requests", help="list showcase requests waiting for review")
    commands.add_parser("erasures", help="finish account erasures a crash interrupted")
    for name in ("showcase", "hide", "deactivate"):
        commands.add_parser(name).add_argument("code")
    args = parser.parse_args(argv)
    store = get_store()
    try:
        if args.command == "seed":
            created = seed_showcase(store)
            sys.stdout.write("Showcase created.\n" if created else "Showcase already there.\n")
        elif args.command == "erasures":
            finished = resume_erasures(store)
            sys.stdout.write(f"Finished {finished} interrupted erasure(s).\n")
        elif args.command == "list":
            rows = api_bots.public_fields(api_bots.get_bots(store))
            sys.stdout.write(json.dumps(rows, indent=2, default=str) + "\n")
        elif args.command == "requests":
            rows = api_bots.public_fields(showcase_requests(store))
            sys.stdout.write(json.dumps(rows, indent=2, default=str) + "\n")
        elif args.command in {"showcase", "hide"}:
            set_showcased(store, args.code, args.command == "showcase")
            sys.stdout.write(f"{args.code}: {args.command} done.\n")
        else:
            api_bots.set_active(store, args.code, False)
            sys.stdout.write(f"{args.code}: deactivated.\n")
    except BotError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
