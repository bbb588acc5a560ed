"""What must be true before the site may be served: the database is migrated and the static files
are collected and current. `make serve` checks, and refuses with one line naming `make release`
(which does both) instead of changing anything itself: serving never touches content."""

import json
from pathlib import Path

RELEASE_HINT = "run `make release` first (migrate, collectstatic, translations)"


def problems():
    """Short descriptions of what is not ready; empty when the site may be served. Needs Django set up."""
    found = []
    found += _migrations()
    found += _static_files()
    return found


def _migrations():
    from django.db import DEFAULT_DB_ALIAS, connections
    from django.db.migrations.executor import MigrationExecutor
    from django.db.utils import Error as DatabaseError

    connection = connections[DEFAULT_DB_ALIAS]
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        return [f"the database cannot be read ({str(error).strip().splitlines()[0]})"]
    finally:
        connection.close()
    if plan:
        names = ", ".join(f"{migration.app_label}.{migration.name}" for migration, _backwards in plan[:3])
        more = f" and {len(plan) - 3} more" if len(plan) > 3 else ""
        return [f"{len(plan)} migration(s) not applied ({names}{more})"]
    return []


def _static_files():
    from django.conf import settings
    from django.contrib.staticfiles import finders

    root = Path(settings.STATIC_ROOT)
    manifest = root / "staticfiles.json"
    if not manifest.exists():
        return [f"static files are not collected (no {manifest})"]
    try:
        collected = json.loads(manifest.read_text())["paths"]
    except (ValueError, KeyError):
        return [f"the static files manifest {manifest} is unreadable"]
    missing, outdated = [], []
    for finder in finders.get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            if path not in collected:
                missing.append(path)
            elif (root / path).exists() and Path(storage.path(path)).stat().st_mtime > (root / path).stat().st_mtime:
                outdated.append(path)
    if missing:
        return [f"{len(missing)} static file(s) not collected (e.g. {missing[0]})"]
    if outdated:
        return [f"{len(outdated)} static file(s) changed since collectstatic (e.g. {outdated[0]})"]
    return []
