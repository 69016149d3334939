//! Removing a person from a transcript on request (`data purge-user`, and every transcript
//! archived after it): nothing of theirs may stay — not their words, files, names or id, and
//! not what the bot wrote about them (the subject and form answers it echoed, their name put
//! into a welcome message or a channel name by a placeholder).

use super::transcript::{Participant, REMOVED_CONTENT, REMOVED_ID, REMOVED_NAME, Transcript};
use crate::ids::UserId;

/// Names shorter than this are not searched for as text (a one-letter nickname would blank
/// every such letter-word of a transcript).
const SHORTEST_NAME: usize = 2;

impl Transcript {
    /// Removes `user`; see [`Transcript::remove_user_known_as`].
    pub fn remove_user(&mut self, user: UserId) -> Vec<String> {
        self.remove_user_known_as(user, &[])
    }

    /// Removes `user` on request: their messages' content, embeds and attachments are replaced
    /// by a marker, their name becomes a marker and their avatar is dropped; when they opened
    /// the ticket, its subject and form answers go, also where the bot echoed them (an embed
    /// field holding exactly that text); their username, display name and `also` (names the
    /// caller knows, a server nickname) are replaced wherever they stand as a word in the text
    /// (a welcome message's `%username%`, a channel name's `%claimed%`, someone thanking them);
    /// their id is replaced by [`REMOVED_ID`] everywhere (author, participants, mentions,
    /// ticket roles). Returns the attachment objects to delete.
    pub fn remove_user_known_as(&mut self, user: UserId, also: &[String]) -> Vec<String> {
        if user == REMOVED_ID || !self.involves(user) {
            return Vec::new();
        }
        let names = self.names_of(user, also);
        let echoed: Vec<String> = if self.ticket.opener == user {
            self.ticket
                .subject
                .iter()
                .chain(self.ticket.answers.iter().map(|(_, a)| a))
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        let mut orphaned = Vec::new();
        for message in self.messages.iter_mut().filter(|m| m.author == user) {
            REMOVED_CONTENT.clone_into(&mut message.content);
            message.embeds.clear();
            orphaned.extend(message.attachments.drain(..).filter_map(|a| a.stored));
            message.reactions.clear();
            message.removed = true;
        }
        // What the bot wrote for them may hold their words (a `/closerequest` reason).
        for message in self
            .messages
            .iter_mut()
            .filter(|m| m.on_behalf_of == Some(user))
        {
            REMOVED_CONTENT.clone_into(&mut message.content);
            message.embeds.clear();
            message.removed = true;
        }
        // What the bot (or anyone) echoed of their subject and answers: an embed field holding
        // exactly that text (the welcome's "Subject", the "Form answers" embed).
        for message in &mut self.messages {
            for embed in &mut message.embeds {
                for field in &mut embed.fields {
                    if echoed.iter().any(|e| field.value.trim() == e) {
                        REMOVED_CONTENT.clone_into(&mut field.value);
                    }
                }
            }
        }
        if let Some(p) = self.participants.get_mut(&user) {
            REMOVED_NAME.clone_into(&mut p.username);
            p.global_name = None;
            p.avatar = None;
            p.discriminator = None;
            p.removed = true;
        }
        if self.ticket.opener == user {
            for (_, value) in &mut self.ticket.answers {
                REMOVED_CONTENT.clone_into(value);
            }
            if self.ticket.subject.is_some() {
                self.ticket.subject = Some(REMOVED_CONTENT.to_owned());
            }
            // The naming scheme may have put their name in it.
            self.ticket.channel_name = None;
        }
        if self.ticket.closed_by == Some(user) && self.ticket.close_reason.is_some() {
            self.ticket.close_reason = Some(REMOVED_CONTENT.to_owned());
        }
        self.replace_names(&names);
        self.replace_id(user);
        orphaned
    }

    /// The names `user` went by here, and `also`: searched for as text.
    fn names_of(&self, user: UserId, also: &[String]) -> Vec<String> {
        let mut names: Vec<String> = also.to_vec();
        if let Some(p) = self.participants.get(&user) {
            names.push(p.username.clone());
            names.extend(p.global_name.clone());
        }
        // And as a naming scheme wrote them into a channel name ("Ally Cat" → "ally-cat").
        let slugs: Vec<String> = names
            .iter()
            .map(|n| crate::domain::naming::sanitise(n))
            .collect();
        names.extend(slugs);
        names.retain(|n| n.chars().count() >= SHORTEST_NAME && n != REMOVED_NAME);
        // Longest first, so "Alice Smith" goes before "Alice".
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.dedup();
        names
    }

    /// Replaces `names` as words in every text of the transcript.
    fn replace_names(&mut self, names: &[String]) {
        if names.is_empty() {
            return;
        }
        let scrub = |text: &mut String| {
            for name in names {
                if let Some(replaced) = replace_word(text, name, REMOVED_NAME) {
                    *text = replaced;
                }
            }
        };
        for message in &mut self.messages {
            scrub(&mut message.content);
            for embed in &mut message.embeds {
                for text in [&mut embed.title, &mut embed.description, &mut embed.footer]
                    .into_iter()
                    .flatten()
                {
                    scrub(text);
                }
                for field in &mut embed.fields {
                    scrub(&mut field.name);
                    scrub(&mut field.value);
                }
            }
        }
        for text in [
            &mut self.ticket.subject,
            &mut self.ticket.close_reason,
            &mut self.ticket.channel_name,
        ]
        .into_iter()
        .flatten()
        {
            scrub(text);
        }
        for (_, answer) in &mut self.ticket.answers {
            scrub(answer);
        }
        for name in self.channels.values_mut() {
            scrub(name);
        }
        // A note the archiver stored as a code names nobody (and a name must not break it).
        for note in self.notes.iter_mut().filter(|n| !super::notes::is_code(n)) {
            scrub(note);
        }
    }

    /// Puts [`REMOVED_ID`] wherever `user`'s id was, including `<@id>` mentions in what others
    /// wrote (they then show as the removed user).
    fn replace_id(&mut self, user: UserId) {
        let swap = |id: &mut UserId| {
            if *id == user {
                *id = REMOVED_ID;
            }
        };
        let mention = [format!("<@{user}>"), format!("<@!{user}>")];
        let unmention = |text: &mut String| {
            for m in &mention {
                if text.contains(m.as_str()) {
                    *text = text.replace(m.as_str(), &format!("<@{REMOVED_ID}>"));
                }
            }
        };
        for message in &mut self.messages {
            swap(&mut message.author);
            if let Some(on_behalf_of) = &mut message.on_behalf_of {
                swap(on_behalf_of);
            }
            message.mentions.iter_mut().for_each(swap);
            let mut seen = std::collections::BTreeSet::new();
            message.mentions.retain(|m| seen.insert(*m));
            unmention(&mut message.content);
            for embed in &mut message.embeds {
                for text in [&mut embed.title, &mut embed.description, &mut embed.footer]
                    .into_iter()
                    .flatten()
                {
                    unmention(text);
                }
                for field in &mut embed.fields {
                    unmention(&mut field.name);
                    unmention(&mut field.value);
                }
            }
        }
        // remove_user has already turned their entry into the marker.
        let marker = self.participants.remove(&user).map_or_else(
            || Participant {
                id: REMOVED_ID,
                username: REMOVED_NAME.to_owned(),
                global_name: None,
                avatar: None,
                discriminator: None,
                bot: false,
                removed: true,
            },
            |p| Participant {
                id: REMOVED_ID,
                ..p
            },
        );
        self.participants.entry(REMOVED_ID).or_insert(marker);
        for text in [&mut self.ticket.subject, &mut self.ticket.close_reason]
            .into_iter()
            .flatten()
        {
            unmention(text);
        }
        for (_, answer) in &mut self.ticket.answers {
            unmention(answer);
        }
        swap(&mut self.ticket.opener);
        for id in [&mut self.ticket.claimed_by, &mut self.ticket.closed_by]
            .into_iter()
            .flatten()
        {
            swap(id);
        }
    }
}

/// `text` with every occurrence of `name` as a word (not inside a longer word or username:
/// letters, digits and `_` next to it, or a `.` joining it to more of them, make it part of
/// one) replaced by `with`; ASCII letters compare without case. `None` when there is none.
pub fn replace_word(text: &str, name: &str, with: &str) -> Option<String> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let joined_before = |s: &str| {
        let mut back = s.chars().rev();
        match back.next() {
            Some('.') => back.next().is_some_and(is_word),
            Some(c) => is_word(c),
            None => false,
        }
    };
    let joined_after = |s: &str| {
        let mut ahead = s.chars();
        match ahead.next() {
            Some('.') => ahead.next().is_some_and(is_word),
            Some(c) => is_word(c),
            None => false,
        }
    };
    let (hay, needle) = (text.to_ascii_lowercase(), name.to_ascii_lowercase());
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut found = false;
    let mut from = 0;
    while let Some(at) = hay[from..].find(&needle).map(|i| i + from) {
        let end = at + needle.len();
        if !joined_before(&text[..at]) && !joined_after(&text[end..]) {
            out.push_str(&text[last..at]);
            out.push_str(with);
            last = end;
            found = true;
        }
        from = end.max(at + 1);
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    found.then(|| {
        out.push_str(&text[last..]);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_replaced_as_words_only() {
        let r = |t: &str, n: &str| replace_word(t, n, "X");
        assert_eq!(r("thanks Alice!", "alice").as_deref(), Some("thanks X!"));
        assert_eq!(r("ticket-alice", "alice").as_deref(), Some("ticket-X"));
        assert_eq!(r("alice, alice.", "alice").as_deref(), Some("X, X."));
        assert_eq!(r("malice and alice2", "alice"), None);
        assert_eq!(r("alice_b", "alice"), None);
        assert_eq!(
            r("alice.smith is not her", "alice"),
            None,
            "another username"
        );
        assert_eq!(r("Zoë ist da", "Zoë").as_deref(), Some("X ist da"));
        assert_eq!(r("nothing here", "alice"), None);
    }
}
