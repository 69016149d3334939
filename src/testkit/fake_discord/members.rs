//! Scripting the members of the fake's guilds (joins, role and nick changes, departures, the
//! ones the bot never hears of) and checking how the bot asked about them.

use serde_json::{Value, json};

use super::{FakeDiscord, GUILD_MEMBERS, SEND_LIMIT, json as j};

impl FakeDiscord {
    /// A new user joins a guild: GUILD_MEMBER_ADD (to a session with GUILD_MEMBERS). Returns
    /// the user id.
    pub fn member_join(&self, guild: u64, username: &str) -> u64 {
        let (user_id, member) = self
            .inner
            .state()
            .add_member(&self.inner, guild, username, &[]);
        let mut payload = member;
        payload["guild_id"] = json!(guild.to_string());
        self.inner
            .gateway
            .dispatch_for(GUILD_MEMBERS, "GUILD_MEMBER_ADD", payload);
        user_id
    }

    /// A user already known to the fake joins another guild: GUILD_MEMBER_ADD (to a session
    /// with GUILD_MEMBERS).
    ///
    /// # Panics
    /// When the user is unknown.
    pub fn add_existing_member(&self, guild: u64, user: u64) {
        let payload = {
            let mut state = self.inner.state();
            let known = state
                .users
                .get(&user)
                .cloned()
                .expect("add_existing_member: unknown user");
            let member = j::member(&known, &[]);
            state.members.insert((guild, user), member.clone());
            let mut payload = member;
            payload["guild_id"] = json!(guild.to_string());
            payload
        };
        self.inner
            .gateway
            .dispatch_for(GUILD_MEMBERS, "GUILD_MEMBER_ADD", payload);
    }

    /// Sets a member's roles: GUILD_MEMBER_UPDATE (to a session with GUILD_MEMBERS).
    ///
    /// # Panics
    /// When the member is unknown.
    pub fn set_member_roles(&self, guild: u64, user: u64, roles: &[u64]) {
        let roles: Vec<String> = roles.iter().map(ToString::to_string).collect();
        self.update_member(guild, user, |m| m["roles"] = json!(roles));
    }

    /// A member changes their nickname: GUILD_MEMBER_UPDATE (to a session with GUILD_MEMBERS).
    ///
    /// # Panics
    /// When the member is unknown.
    pub fn set_nick(&self, guild: u64, user: u64, nick: &str) {
        self.update_member(guild, user, |m| m["nick"] = json!(nick));
    }

    /// Changes a member in the model and sends GUILD_MEMBER_UPDATE with the result.
    fn update_member(&self, guild: u64, user: u64, change: impl FnOnce(&mut Value)) {
        let payload = {
            let mut state = self.inner.state();
            let member = state
                .members
                .get_mut(&(guild, user))
                .unwrap_or_else(|| panic!("unknown member {user} of guild {guild}"));
            change(member);
            let mut payload = member.clone();
            payload["guild_id"] = json!(guild.to_string());
            payload
        };
        self.inner
            .gateway
            .dispatch_for(GUILD_MEMBERS, "GUILD_MEMBER_UPDATE", payload);
    }

    /// A user as Discord knows them.
    pub fn user(&self, user: u64) -> Option<Value> {
        self.inner.state().users.get(&user).cloned()
    }

    /// A member leaves: GUILD_MEMBER_REMOVE (to a session with GUILD_MEMBERS).
    pub fn member_leave(&self, guild: u64, user: u64) {
        let user_json = self.inner.state().remove_member(guild, user);
        self.inner.gateway.dispatch_for(
            GUILD_MEMBERS,
            "GUILD_MEMBER_REMOVE",
            json!({"guild_id": guild.to_string(), "user": user_json.unwrap_or_else(|| j::user(user, "gone", false))}),
        );
    }

    /// A member leaves while the bot does not hear of it (it was offline, or the event was
    /// lost): Discord's model changes, no event is sent.
    pub fn member_leave_unseen(&self, guild: u64, user: u64) {
        self.inner.state().remove_member(guild, user);
    }

    /// How often the bot asked for `user` as a member of a guild (REST Get Guild Member).
    pub fn member_lookups(&self, user: u64) -> usize {
        let suffix = format!("/members/{user}");
        self.calls()
            .iter()
            .filter(|c| {
                c.method == "GET" && c.path.starts_with("/guilds/") && c.path.ends_with(&suffix)
            })
            .count()
    }

    /// What the bot did that it must never do, one line each: ask for a guild's whole member
    /// list (gateway op 8 with an empty query, or REST List Guild Members: PRIVACY.md §1), or
    /// send so much that the gateway closed with 4008. The test world checks this is empty
    /// when it ends.
    pub fn misbehaviour(&self) -> Vec<String> {
        let gateway = self.gateway();
        let mut found: Vec<String> = gateway
            .member_requests()
            .iter()
            .filter(|r| r.all_members)
            .map(|r| format!("gateway op 8 for every member of guild {}", r.guild))
            .collect();
        found.extend(
            self.calls()
                .iter()
                .filter(|c| {
                    c.method == "GET"
                        && c.path.starts_with("/guilds/")
                        && c.path.ends_with("/members")
                })
                .map(|c| format!("REST List Guild Members: {}", c.path)),
        );
        if gateway.send_limit_closes() > 0 {
            found.push(format!(
                "the gateway closed {} connection(s) with 4008 (over {SEND_LIMIT} events a minute)",
                gateway.send_limit_closes()
            ));
        }
        found
    }
}
