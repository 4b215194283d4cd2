"""My Chats organised in the running app (AppTest): pin, folders made, renamed and deleted from
the page, a chat put in a folder, the filters and the order."""

from __future__ import annotations

import pytest

from api_sessions import list_folders
from api_util_firebase import get_store
from tests.apptest_helpers import assert_clean, click, texts
from tests.pages.test_my_chats import chat, my_chats, signed_in
from ui.text import plain


def row_titles(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.endswith("**") and "**" in m.value]


@pytest.mark.usefixtures("app_env")
def test_pinning_a_chat_moves_it_to_the_top_with_a_pin():
    at = signed_in()
    older = chat(at, "Plan my marathon training")
    chat(at, "Help me negotiate a raise")
    at = my_chats(at)
    assert row_titles(at)[0].endswith("**Help me negotiate a raise**")
    at = at.button(key=f"lounge_chat_pin_{older.session_id}").click().run()
    assert_clean(at)
    assert row_titles(at)[0] == "📌 **Plan my marathon training**"
    assert plain("Pinned “Plan my marathon training”.") in texts(at)
    assert at.button(key=f"lounge_chat_pin_{older.session_id}").label == "Unpin"


@pytest.mark.usefixtures("app_env")
def test_a_visitor_files_a_chat_in_a_folder_filters_by_it_then_deletes_the_folder():
    at = signed_in()
    taxes = chat(at, "Sort out my taxes")
    chat(at, "Plan my marathon training")
    at = my_chats(at)
    at.text_input(key="lounge_chats_new_folder").set_value("Money")
    at = click(at, "Create folder")
    assert_clean(at)
    user = at.session_state["auth_user"]
    (folder,) = list_folders(get_store(), user)
    assert folder.name == "Money"
    at = at.button(key=f"lounge_chat_folder_{taxes.session_id}").click().run()
    at.selectbox(key="lounge_chats_move_to").set_value(folder.folder_id)
    at = click(at, "Move")
    assert_clean(at)
    assert "📁 Money · **Sort out my taxes**" in row_titles(at)
    at.selectbox(key="lounge_chats_filter_folder").set_value(folder.folder_id).run()
    assert_clean(at)
    assert row_titles(at) == ["📁 Money · **Sort out my taxes**"]
    at.selectbox(key="lounge_chats_filter_folder").set_value("__none__").run()
    assert row_titles(at) == ["**Plan my marathon training**"]
    at.selectbox(key="lounge_chats_filter_status").set_value(1).run()  # concluded: none yet
    assert "No chat matches these filters." in texts(at)
    at.selectbox(key="lounge_chats_filter_status").set_value("").run()
    at.selectbox(key="lounge_chats_filter_folder").set_value("").run()
    at = at.button(key=f"lounge_folder_rename_{folder.folder_id}").click().run()
    at.text_input(key="lounge_chats_folder_name").set_value("money")
    at = click(at, "Save")
    assert_clean(at)
    assert "📁 money · **Sort out my taxes**" in row_titles(at)
    at = at.button(key=f"lounge_folder_delete_{folder.folder_id}").click().run()
    at = click(at, "Delete folder")
    assert_clean(at)
    assert plain("Its chats are kept, in no folder.") in texts(at)
    assert sorted(row_titles(at)) == ["**Plan my marathon training**", "**Sort out my taxes**"]
    assert list_folders(get_store(), user) == []


@pytest.mark.usefixtures("app_env")
def test_a_bad_folder_name_is_explained_and_the_typed_name_kept():
    at = signed_in()
    at = my_chats(at)
    at.text_input(key="lounge_chats_new_folder").set_value("x" * 40)
    at = click(at, "Create folder")
    at.text_input(key="lounge_chats_new_folder").set_value("X" * 40)
    at = click(at, "Create folder")
    assert_clean(at)
    assert plain("You already have a folder named") in texts(at)
    assert at.text_input(key="lounge_chats_new_folder").value == "X" * 40


@pytest.mark.usefixtures("app_env")
def test_ordering_by_start_or_activity_from_the_page():
    at = signed_in()
    old = chat(at, "First chat")
    chat(at, "Second chat")
    from api_sessions import resume_session, start_turn

    store, user, llm = get_store(), at.session_state["auth_user"], at.session_state["auth_llm"]
    list(start_turn(store, user, llm, resume_session(store, user, old.session_id), "more"))
    at = my_chats(at)
    assert row_titles(at) == ["**First chat**", "**Second chat**"]  # last activity first
    at.selectbox(key="lounge_chats_order").set_value("created_date").run()
    assert_clean(at)
    assert row_titles(at) == ["**Second chat**", "**First chat**"]
