//! After a removal on request: a thread ticket stays in Discord after close, holding what the
//! bot wrote for its opener (their mention, subject and form answers in the welcome message and
//! the form-answers message). The bot edits those messages to the removal marker. The person's
//! own messages there are Discord's to delete (README, Privacy).

use poise::serenity_prelude as serenity;

use super::{channel_gone, discord_code};
use crate::ids::{ChannelId, GuildId, MessageId};

/// Discord's "Unknown Channel" and "Unknown Message".
const UNKNOWN_MESSAGE: isize = 10008;
/// How many messages after the welcome are searched for the form answers (it follows at once).
const LOOK_AHEAD: u8 = 5;

/// Edits the bot's welcome and form-answers messages in `thread` to the removal marker. An
/// archived thread is unarchived for the edits (Discord refuses edits in archived threads)
/// and archived again, as locked as it was. A thread or message already gone is fine.
pub async fn scrub_thread(
    http: &serenity::Http,
    core: &crate::services::AppCore,
    bot: serenity::UserId,
    thread: ChannelId,
    welcome: Option<MessageId>,
) -> Result<(), serenity::Error> {
    let id = serenity::ChannelId::new(thread.get());
    let channel = match id.to_channel(http).await {
        Ok(serenity::Channel::Guild(c)) => c,
        Ok(_) => return Ok(()),
        Err(e) if channel_gone(&e) => return Ok(()),
        Err(e) => return Err(e),
    };
    let targets = messages_to_scrub(http, bot, id, welcome).await?;
    if targets.is_empty() {
        return Ok(());
    }
    let meta = channel.thread_metadata;
    let archived = meta.is_some_and(|m| m.archived);
    let locked = meta.is_some_and(|m| m.locked);
    if archived {
        id.edit_thread(http, serenity::EditThread::new().archived(false))
            .await?;
    }
    // Everyone in the thread reads it: the server's language.
    let lang = crate::services::language::server(core, GuildId::new(channel.guild_id.get())).await;
    let marker = crate::msg!("web-transcript-removed-content").render(lang);
    let mut outcome = Ok(());
    for message in targets {
        let edit = serenity::EditMessage::new()
            .content(marker.clone())
            .embeds(Vec::new());
        match id.edit_message(http, message, edit).await {
            Ok(_) => {}
            Err(e) if discord_code(&e) == Some(UNKNOWN_MESSAGE) => {}
            Err(e) => {
                outcome = Err(e);
                break;
            }
        }
    }
    if archived {
        // Back as it was, also when an edit failed (the job retries all of it).
        id.edit_thread(
            http,
            serenity::EditThread::new().archived(true).locked(locked),
        )
        .await?;
    }
    outcome
}

/// The welcome message and the bot's form-answers message after it (found by its embed title
/// among the first messages of the thread).
async fn messages_to_scrub(
    http: &serenity::Http,
    bot: serenity::UserId,
    thread: serenity::ChannelId,
    welcome: Option<MessageId>,
) -> Result<Vec<serenity::MessageId>, serenity::Error> {
    let mut found = Vec::new();
    let start = match welcome {
        Some(w) => {
            found.push(serenity::MessageId::new(w.get()));
            serenity::MessageId::new(w.get())
        }
        // A thread's first message id is never below the thread's own id.
        None => serenity::MessageId::new(thread.get()),
    };
    let after = thread
        .messages(
            http,
            serenity::GetMessages::new().after(start).limit(LOOK_AHEAD),
        )
        .await;
    let after = match after {
        Ok(m) => m,
        Err(e) if channel_gone(&e) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    found.extend(
        after
            .iter()
            .filter(|m| m.author.id == bot)
            .filter(|m| {
                m.embeds
                    .iter()
                    .any(|e| e.title.as_deref().is_some_and(is_form_answers_title))
            })
            .map(|m| m.id),
    );
    Ok(found)
}

/// The title of the embed showing a form's answers, in any of the languages it may have been
/// posted in.
fn is_form_answers_title(title: &str) -> bool {
    crate::i18n::Lang::ALL
        .into_iter()
        .any(|lang| crate::msg!("form-answers-title").render(lang) == title)
}
