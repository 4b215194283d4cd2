"""What the app does once per server process when it opens the store."""

from __future__ import annotations

from datetime import timedelta

import pytest

from api_util_firebase import get_store, utc_now
from tests.apptest_helpers import assert_clean, new_app, open_page


@pytest.mark.usefixtures("app_env")
def test_the_app_starting_removes_what_a_card_import_cut_short_an_hour_ago_stored():
    store = get_store()
    store.set(
        "imports/abcde-fghjk", {"user_id": "u", "created_date": utc_now() - timedelta(hours=2)}
    )
    store.set("bots/abcde-fghjk/prompts/p1", {"message_type": "initial_prompt", "message": "Zebra"})
    assert_clean(open_page(new_app().run(), "pages/lounge.py"))  # the first page to use it
    assert store.query("bots/abcde-fghjk/prompts") == [] and store.query("imports") == []
