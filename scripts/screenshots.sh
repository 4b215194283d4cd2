#!/usr/bin/env bash
# Refreshes docs/screenshots from the real-browser journeys (SQLite backend).
#   scripts/screenshots.sh              runs every journey on SQLite, then copies the shots
#   scripts/screenshots.sh --copy-only  copies what earlier runs left in tests/e2e/screenshots
#                                       (run single journeys first); missing shots are listed
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--copy-only" ]; then
  python -m pytest -q tests/e2e -k sqlite
fi
S=tests/e2e/screenshots
D=docs/screenshots
missing=0

# shot TEST NAME DEST: the shot NAME that journey TEST took (whatever its number) to DEST.
shot() {
  local found
  found=$(ls "$S/$1-sqlite/"[0-9][0-9]-"$2".png 2>/dev/null | head -n 1 || true)
  if [ -z "$found" ]; then
    echo "missing: $1 $2" >&2
    missing=1
    return
  fi
  mkdir -p "$(dirname "$D/$3")"
  cp "$found" "$D/$3"
}

visitor=test_visitor_chats_concludes_rates_and_downloads
creator=test_creator_builds_and_shares_and_a_visitor_chats
shot $visitor home home.png
shot $visitor lounge lounge.png
shot $visitor chat assistant-chat.png
shot $visitor recap assistant-recap.png
shot test_user_resumes_a_past_session_in_a_new_browser_session past-sessions assistant-details.png
for step in 1 2 3 4; do shot $creator "lab-step$step" "lab-step$step.png"; done
shot $creator shared-link shared-link.png
shot test_faq_and_terms_explain_keys_privacy_and_prompts faq faq.png
shot test_faq_and_terms_explain_keys_privacy_and_prompts terms terms.png
shot test_provider_failures_mid_chat_keep_the_message midstream-error provider-error.png

chats=test_visitor_finds_renames_deletes_and_exports_chats
for name in my-chats search rename delete; do
  case $name in my-chats) n=01 ;; search) n=02 ;; rename) n=03 ;; delete) n=04 ;; esac
  shot $chats $name "my-chats/$n-$name.png"
done
shot test_a_second_tab_on_the_same_chat_is_told_to_reload_and_keeps_its_message reload \
  my-chats/05-reload.png

studio=test_creator_edits_versions_shares_and_takes_an_assistant_along
shot $studio my-assistants creator-studio/01-my-assistants.png
shot $studio edit-step3 creator-studio/02-edit-step3.png
shot $studio versions creator-studio/03-versions.png
shot $studio stats creator-studio/04-stats.png
shot $studio import creator-studio/05-import.png
shot $studio delete creator-studio/06-delete.png
shot $studio edit-after-restore creator-studio/07-edit-after-restore.png

account=test_sign_out_rotate_and_delete
shot $account rotated rotated-key/01-rotated.png
shot $account old-key-moved rotated-key/02-old-key-moved.png

shot test_a_share_link_as_the_first_request_shows_the_app_and_the_assistants_card \
  shared-link-signed-out first-visit/01-shared-link-signed-out.png
phone=test_conclude_sits_beside_the_input_from_the_start_and_opens_after_three_messages
shot $phone phone-home first-visit/02-phone-home.png
shot $phone phone-conclude-enabled first-visit/03-phone-conclude.png
draft=test_a_draft_survives_another_page_back_a_reload_and_a_stray_start_over
shot $draft over-the-limit first-visit/04-over-the-limit.png
shot $draft start-over-asks first-visit/05-start-over.png
chips=test_starter_chips_go_once_sent_and_the_cost_line_stays_above_the_input
shot $chips phone-streaming phone/01-phone-chat-streaming.png
shot $chips phone-cost-line phone/02-phone-chat.png
shot test_a_recap_opened_from_far_down_the_page_opens_at_its_top_with_the_chats_name \
  phone-recap phone/03-phone-recap.png

if [ "$missing" = 1 ] && [ "${1:-}" != "--copy-only" ]; then
  echo "Some screenshots were not taken (see above)." >&2
  exit 1
fi
echo "Screenshots refreshed in $D"
