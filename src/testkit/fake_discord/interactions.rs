//! Sending interactions to the bot as Discord would (slash commands, autocomplete, buttons,
//! selects, modal submits) and reading what it answered.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::{FakeDiscord, InteractionHandle, WAIT, state};

impl FakeDiscord {
    /// A member runs a slash command. `options` is Discord's `data.options` array.
    ///
    /// # Panics
    /// When the bot has not registered a command of that name, or the guild, channel or
    /// member is unknown: a test set-up error.
    pub fn slash_command(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        options: Value,
    ) -> InteractionHandle {
        let payload = self
            .inner
            .state()
            .command_interaction(&self.inner, 2, guild, channel, user, name, options)
            .unwrap_or_else(|e| panic!("cannot send /{name}: {e}"));
        self.send_interaction(payload)
    }

    /// A member types in an autocomplete option: `options` marks the focused one with
    /// `"focused": true`. The bot answers with callback type 8 and `data.choices`.
    ///
    /// # Panics
    /// As [`FakeDiscord::slash_command`].
    pub fn autocomplete(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        name: &str,
        options: Value,
    ) -> InteractionHandle {
        let payload = self
            .inner
            .state()
            .command_interaction(&self.inner, 4, guild, channel, user, name, options)
            .unwrap_or_else(|e| panic!("cannot autocomplete /{name}: {e}"));
        self.send_interaction(payload)
    }

    pub(super) fn send_interaction(&self, payload: Value) -> InteractionHandle {
        let handle = InteractionHandle {
            id: payload["id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
            token: payload["token"].as_str().unwrap_or_default().to_owned(),
        };
        if let Some(state) = self.inner.state().interactions.get_mut(&handle.token) {
            state.sent_at = Some(std::time::Instant::now());
        }
        self.inner.gateway.dispatch("INTERACTION_CREATE", payload);
        handle
    }

    /// A member clicks a button on a message.
    ///
    /// # Panics
    /// When the guild, channel, member or message is unknown.
    pub fn button_click(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        message: u64,
        custom_id: &str,
    ) -> InteractionHandle {
        self.component(
            3,
            guild,
            channel,
            user,
            Some(message),
            json!({"custom_id": custom_id, "component_type": 2}),
        )
    }

    /// A member picks values in a string select menu on a message.
    ///
    /// # Panics
    /// When the guild, channel, member or message is unknown.
    pub fn select(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        message: u64,
        custom_id: &str,
        values: &[&str],
    ) -> InteractionHandle {
        self.component(
            3,
            guild,
            channel,
            user,
            Some(message),
            json!({"custom_id": custom_id, "component_type": 3, "values": values}),
        )
    }

    /// A member submits a modal: `fields` are (text input custom id, value), sent as they are —
    /// even answers Discord's client would refuse (see [`Self::submit_modal`]).
    ///
    /// # Panics
    /// When the guild, channel or member is unknown.
    pub fn modal_submit(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> InteractionHandle {
        let rows = modal_rows(fields);
        self.component(
            5,
            guild,
            channel,
            user,
            None,
            json!({"custom_id": custom_id, "components": rows}),
        )
    }

    /// A member submits a modal with `components` exactly as given (Label-wrapped answers, as
    /// in Components → Label, "Label Interaction Response Structure"): answers no client
    /// would send, for the bot's own checks.
    ///
    /// # Panics
    /// When the guild, channel or member is unknown.
    pub fn modal_submit_components(
        &self,
        guild: u64,
        channel: u64,
        user: u64,
        custom_id: &str,
        components: &Value,
    ) -> InteractionHandle {
        self.component(
            5,
            guild,
            channel,
            user,
            None,
            json!({"custom_id": custom_id, "components": components}),
        )
    }

    /// A user clicks a button on a message in their DM with the bot.
    ///
    /// # Panics
    /// When the user has no DM channel with the bot or the message is not in it.
    pub fn dm_button_click(&self, user: u64, message: u64, custom_id: &str) -> InteractionHandle {
        self.dm(
            3,
            user,
            Some(message),
            json!({"custom_id": custom_id, "component_type": 2}),
        )
    }

    /// A user submits a modal the bot showed in their DM: `fields` as in [`Self::modal_submit`].
    ///
    /// # Panics
    /// When the user has no DM channel with the bot.
    pub fn dm_modal_submit(
        &self,
        user: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> InteractionHandle {
        let rows = modal_rows(fields);
        self.dm(
            5,
            user,
            None,
            json!({"custom_id": custom_id, "components": rows}),
        )
    }

    fn dm(&self, kind: u8, user: u64, message: Option<u64>, data: Value) -> InteractionHandle {
        let payload = self
            .inner
            .state()
            .dm_interaction(&self.inner, kind, user, message, data)
            .unwrap_or_else(|e| panic!("cannot send the interaction: {e}"));
        self.send_interaction(payload)
    }

    /// The messages the bot sent to `user` by DM.
    pub fn dms(&self, user: u64) -> Vec<Value> {
        let channel = self.inner.state().dm_channels.get(&user).copied();
        channel.map(|c| self.messages(c)).unwrap_or_default()
    }

    /// `user` does not accept DMs from server members: messages to them fail with 50007.
    pub fn close_dms(&self, user: u64) {
        self.inner.state().dms_closed.insert(user);
    }

    fn component(
        &self,
        kind: u8,
        guild: u64,
        channel: u64,
        user: u64,
        message: Option<u64>,
        data: Value,
    ) -> InteractionHandle {
        let payload = self
            .inner
            .state()
            .interaction(&self.inner, kind, guild, channel, user, message, data)
            .unwrap_or_else(|e| panic!("cannot send the interaction: {e}"));
        self.send_interaction(payload)
    }

    /// Waits for the bot's first callback to an interaction (`POST .../callback`).
    ///
    /// # Panics
    /// When none arrives within [`WAIT`].
    pub async fn interaction_response(&self, interaction: &InteractionHandle) -> Value {
        self.wait_interaction(interaction, "an interaction callback", |state, token| {
            state.first_callback(token)
        })
        .await
    }

    /// Waits on one interaction's own signal (not every change of the fake).
    async fn wait_interaction<T>(
        &self,
        interaction: &InteractionHandle,
        what: &str,
        probe: impl Fn(&state::State, &str) -> Option<T>,
    ) -> T {
        let updated = self
            .inner
            .state()
            .interactions
            .get(&interaction.token)
            .map(|i| Arc::clone(&i.updated))
            .unwrap_or_default();
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = updated.notified();
            if let Some(value) = probe(&self.inner.state(), &interaction.token) {
                return value;
            }
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            assert!(
                !left.is_zero(),
                "fake discord: timed out waiting for {what}"
            );
            let _ = tokio::time::timeout(left.min(Duration::from_millis(50)), notified).await;
        }
    }

    /// Waits for the text the user sees in answer to an interaction (a message callback, or the
    /// deferred response's edit or first follow-up).
    ///
    /// # Panics
    /// When none arrives within [`WAIT`].
    pub async fn reply_text(&self, interaction: &InteractionHandle) -> String {
        self.wait_interaction(
            interaction,
            "an interaction reply with text",
            state::State::reply_text,
        )
        .await
    }

    /// How long the bot took from the fake's dispatch of the interaction to its first callback
    /// (`None` until the callback arrived).
    pub fn callback_latency(&self, interaction: &InteractionHandle) -> Option<Duration> {
        self.inner.state().callback_latency(&interaction.token)
    }

    /// Every callback and follow-up the bot sent for an interaction, in order.
    pub fn interaction_messages(&self, interaction: &InteractionHandle) -> Vec<Value> {
        self.inner.state().interaction_messages(&interaction.token)
    }
}

/// A modal submit's `components` for text inputs in Labels, as Discord sends them (Components →
/// Label, "Label Interaction Response Structure"). For answers the client would refuse (the
/// bot re-checks them); [`FakeDiscord::submit_modal`] fills in the modal the bot showed.
fn modal_rows(fields: &[(&str, &str)]) -> Vec<Value> {
    (1_u64..)
        .step_by(2)
        .zip(fields)
        .map(|(n, (id, value))| {
            json!({"type": 18, "id": n, "component": {"type": 4, "id": n + 1, "custom_id": id, "value": value}})
        })
        .collect()
}
