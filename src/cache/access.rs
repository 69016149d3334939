//! Typed get/put/remove/list-by-guild over the redb tables.
//!
//! Keys: guild-scoped entities are keyed `(guild, id)`, so listing a guild is one range scan
//! and removing a guild is one range delete. Values are postcard-encoded model structs.

use redb::{
    ReadTransaction, ReadableTable, ReadableTableMetadata, TableDefinition, WriteTransaction,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::CacheError;
use super::model::{CachedChannel, CachedGuild, CachedMember, CachedRole, CachedUser};
use crate::clock::Timestamp;
use crate::ids::{ChannelId, GuildId, RoleId, UserId};

type Scoped = (u64, u64);

const GUILDS: TableDefinition<u64, &[u8]> = TableDefinition::new("guilds");
const CHANNELS: TableDefinition<Scoped, &[u8]> = TableDefinition::new("channels");
/// channel id → guild id, to find a channel (or thread) from its id alone.
const CHANNEL_GUILD: TableDefinition<u64, u64> = TableDefinition::new("channel_guild");
const ROLES: TableDefinition<Scoped, &[u8]> = TableDefinition::new("roles");
const MEMBERS: TableDefinition<Scoped, &[u8]> = TableDefinition::new("members");
const USERS: TableDefinition<u64, &[u8]> = TableDefinition::new("users");
/// (user, guild) of every cached member: a user row goes once no member refers to it.
const USER_GUILDS: TableDefinition<Scoped, ()> = TableDefinition::new("user_guilds");

fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, CacheError> {
    Ok(postcard::to_stdvec(value)?)
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CacheError> {
    Ok(postcard::from_bytes(bytes)?)
}

fn guild_range(guild: GuildId) -> std::ops::RangeInclusive<Scoped> {
    (guild.get(), 0)..=(guild.get(), u64::MAX)
}

/// Deletes every entity (used when the stored format is outdated).
pub(super) fn clear_entities(txn: &WriteTransaction) -> Result<(), CacheError> {
    txn.delete_table(GUILDS)?;
    txn.delete_table(CHANNELS)?;
    txn.delete_table(CHANNEL_GUILD)?;
    txn.delete_table(ROLES)?;
    txn.delete_table(MEMBERS)?;
    txn.delete_table(USERS)?;
    txn.delete_table(USER_GUILDS)?;
    Ok(())
}

fn user_range(user: u64) -> std::ops::RangeInclusive<Scoped> {
    (user, 0)..=(user, u64::MAX)
}

/// Reads within one consistent snapshot.
pub struct CacheRead {
    txn: ReadTransaction,
}

macro_rules! read_table {
    ($self:ident, $def:expr) => {
        match $self.txn.open_table($def) {
            Ok(table) => table,
            // A table that was never written reads as empty.
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(Default::default()),
            Err(e) => return Err(e.into()),
        }
    };
}

impl CacheRead {
    pub(super) fn new(txn: ReadTransaction) -> Self {
        Self { txn }
    }

    pub fn guild(&self, id: GuildId) -> Result<Option<CachedGuild>, CacheError> {
        let table = read_table!(self, GUILDS);
        table.get(id.get())?.map(|v| decode(v.value())).transpose()
    }

    pub fn guilds(&self) -> Result<Vec<CachedGuild>, CacheError> {
        let table = read_table!(self, GUILDS);
        table.iter()?.map(|row| decode(row?.1.value())).collect()
    }

    pub fn channel(
        &self,
        guild: GuildId,
        id: ChannelId,
    ) -> Result<Option<CachedChannel>, CacheError> {
        let table = read_table!(self, CHANNELS);
        table
            .get((guild.get(), id.get()))?
            .map(|v| decode(v.value()))
            .transpose()
    }

    /// A channel or thread by id alone.
    pub fn channel_by_id(&self, id: ChannelId) -> Result<Option<CachedChannel>, CacheError> {
        let guild = {
            let index = read_table!(self, CHANNEL_GUILD);
            index.get(id.get())?.map(|v| GuildId::new(v.value()))
        };
        match guild {
            Some(guild) => self.channel(guild, id),
            None => Ok(None),
        }
    }

    pub fn channels(&self, guild: GuildId) -> Result<Vec<CachedChannel>, CacheError> {
        self.list(CHANNELS, guild)
    }

    pub fn role(&self, guild: GuildId, id: RoleId) -> Result<Option<CachedRole>, CacheError> {
        let table = read_table!(self, ROLES);
        table
            .get((guild.get(), id.get()))?
            .map(|v| decode(v.value()))
            .transpose()
    }

    pub fn roles(&self, guild: GuildId) -> Result<Vec<CachedRole>, CacheError> {
        self.list(ROLES, guild)
    }

    pub fn member(&self, guild: GuildId, user: UserId) -> Result<Option<CachedMember>, CacheError> {
        let table = read_table!(self, MEMBERS);
        table
            .get((guild.get(), user.get()))?
            .map(|v| decode(v.value()))
            .transpose()
    }

    /// How many members the cache holds, in all guilds (the metrics gauge).
    pub fn member_count(&self) -> Result<u64, CacheError> {
        let table = read_table!(self, MEMBERS);
        Ok(table.len()?)
    }

    pub fn members(&self, guild: GuildId) -> Result<Vec<CachedMember>, CacheError> {
        self.list(MEMBERS, guild)
    }

    pub fn user(&self, id: UserId) -> Result<Option<CachedUser>, CacheError> {
        let table = read_table!(self, USERS);
        table.get(id.get())?.map(|v| decode(v.value())).transpose()
    }

    fn list<T: DeserializeOwned>(
        &self,
        def: TableDefinition<Scoped, &[u8]>,
        guild: GuildId,
    ) -> Result<Vec<T>, CacheError> {
        let table = read_table!(self, def);
        table
            .range(guild_range(guild))?
            .map(|row| decode(row?.1.value()))
            .collect()
    }
}

/// Writes within one transaction, committed by [`super::Cache::write`].
pub struct CacheWrite {
    txn: WriteTransaction,
}

impl CacheWrite {
    pub(super) fn new(txn: WriteTransaction) -> Self {
        Self { txn }
    }

    pub(super) fn commit(self) -> Result<(), CacheError> {
        self.txn.commit()?;
        Ok(())
    }

    /// Reads a member inside the write transaction (sees this transaction's writes).
    pub fn member(&self, guild: GuildId, user: UserId) -> Result<Option<CachedMember>, CacheError> {
        let table = self.txn.open_table(MEMBERS)?;
        table
            .get((guild.get(), user.get()))?
            .map(|v| decode(v.value()))
            .transpose()
    }

    pub fn put_guild(&self, guild: &CachedGuild) -> Result<(), CacheError> {
        self.txn
            .open_table(GUILDS)?
            .insert(guild.id.get(), encode(guild)?.as_slice())?;
        Ok(())
    }

    /// Removes the guild and every channel, role and member cached for it; then each user row
    /// no other guild's member refers to. Returns whether the guild was cached.
    pub fn remove_guild(&self, id: GuildId) -> Result<bool, CacheError> {
        let existed = self.drop_guild(id)?;
        for user in self.unlink_members(id)? {
            self.remove_user_if_unreferenced(user)?;
        }
        Ok(existed)
    }

    /// The members of `guild` leave the user → guilds index; returns their users.
    fn unlink_members(&self, guild: GuildId) -> Result<Vec<UserId>, CacheError> {
        let users: Vec<u64> = {
            let mut members = self.txn.open_table(MEMBERS)?;
            members
                .extract_from_if(guild_range(guild), |_, _| true)?
                .map(|row| row.map(|(k, _)| k.value().1))
                .collect::<Result<_, _>>()?
        };
        let mut index = self.txn.open_table(USER_GUILDS)?;
        for user in &users {
            index.remove((*user, guild.get()))?;
        }
        Ok(users.into_iter().map(UserId::new).collect())
    }

    /// Deletes `user`'s row when no cached member refers to it any more (they left every guild
    /// the bot shares, or were only cached through one that went). Returns whether it went.
    pub fn remove_user_if_unreferenced(&self, user: UserId) -> Result<bool, CacheError> {
        let referenced = self
            .txn
            .open_table(USER_GUILDS)?
            .range(user_range(user.get()))?
            .next()
            .is_some();
        if referenced {
            return Ok(false);
        }
        self.remove_user(user)
    }

    /// The guild's own rows (guild, channels, roles); members are left to the caller.
    fn drop_guild(&self, id: GuildId) -> Result<bool, CacheError> {
        let existed = self.txn.open_table(GUILDS)?.remove(id.get())?.is_some();
        let channels: Vec<u64> = {
            let mut table = self.txn.open_table(CHANNELS)?;
            let ids = table.extract_from_if(guild_range(id), |_, _| true)?;
            ids.map(|row| row.map(|(k, _)| k.value().1))
                .collect::<Result<_, _>>()?
        };
        let mut index = self.txn.open_table(CHANNEL_GUILD)?;
        for channel in channels {
            index.remove(channel)?;
        }
        self.txn
            .open_table(ROLES)?
            .retain_in(guild_range(id), |_, _| false)?;
        Ok(existed)
    }

    /// Replaces everything cached for a guild with a GUILD_CREATE snapshot. Each table is
    /// opened once: this is the gateway's hot path (hundreds of rows per guild).
    pub fn replace_guild(
        &self,
        guild: &CachedGuild,
        channels: &[CachedChannel],
        roles: &[CachedRole],
        members: &[(CachedMember, CachedUser)],
    ) -> Result<(), CacheError> {
        self.drop_guild(guild.id)?;
        let displaced = self.unlink_members(guild.id)?;
        self.put_guild(guild)?;
        let g = guild.id.get();
        {
            let mut table = self.txn.open_table(CHANNELS)?;
            let mut index = self.txn.open_table(CHANNEL_GUILD)?;
            for channel in channels {
                table.insert((g, channel.id.get()), encode(channel)?.as_slice())?;
                index.insert(channel.id.get(), g)?;
            }
        }
        {
            let mut table = self.txn.open_table(ROLES)?;
            for role in roles {
                table.insert((g, role.id.get()), encode(role)?.as_slice())?;
            }
        }
        {
            let mut member_table = self.txn.open_table(MEMBERS)?;
            let mut user_table = self.txn.open_table(USERS)?;
            let mut index = self.txn.open_table(USER_GUILDS)?;
            let mut buffer = Vec::with_capacity(128);
            for (member, user) in members {
                buffer.clear();
                let bytes = postcard::to_extend(member, std::mem::take(&mut buffer))?;
                member_table.insert((g, member.user_id.get()), bytes.as_slice())?;
                buffer = bytes;
                buffer.clear();
                let bytes = postcard::to_extend(user, std::mem::take(&mut buffer))?;
                user_table.insert(user.id.get(), bytes.as_slice())?;
                buffer = bytes;
                index.insert((member.user_id.get(), g), ())?;
            }
        }
        // Members the snapshot no longer lists: their user rows go unless another guild's
        // member still refers to them.
        for user in displaced {
            self.remove_user_if_unreferenced(user)?;
        }
        Ok(())
    }

    pub fn put_channel(&self, channel: &CachedChannel) -> Result<(), CacheError> {
        let key = (channel.guild_id.get(), channel.id.get());
        self.txn
            .open_table(CHANNELS)?
            .insert(key, encode(channel)?.as_slice())?;
        self.txn
            .open_table(CHANNEL_GUILD)?
            .insert(channel.id.get(), channel.guild_id.get())?;
        Ok(())
    }

    pub fn remove_channel(&self, guild: GuildId, id: ChannelId) -> Result<bool, CacheError> {
        self.txn.open_table(CHANNEL_GUILD)?.remove(id.get())?;
        Ok(self
            .txn
            .open_table(CHANNELS)?
            .remove((guild.get(), id.get()))?
            .is_some())
    }

    pub fn put_role(&self, role: &CachedRole) -> Result<(), CacheError> {
        let key = (role.guild_id.get(), role.id.get());
        self.txn
            .open_table(ROLES)?
            .insert(key, encode(role)?.as_slice())?;
        Ok(())
    }

    pub fn remove_role(&self, guild: GuildId, id: RoleId) -> Result<bool, CacheError> {
        Ok(self
            .txn
            .open_table(ROLES)?
            .remove((guild.get(), id.get()))?
            .is_some())
    }

    pub fn put_member(&self, member: &CachedMember) -> Result<(), CacheError> {
        let key = (member.guild_id.get(), member.user_id.get());
        self.txn
            .open_table(MEMBERS)?
            .insert(key, encode(member)?.as_slice())?;
        self.txn
            .open_table(USER_GUILDS)?
            .insert((member.user_id.get(), member.guild_id.get()), ())?;
        Ok(())
    }

    /// Removes a member; their user row goes too once no other cached member refers to it.
    pub fn remove_member(&self, guild: GuildId, user: UserId) -> Result<bool, CacheError> {
        let existed = self
            .txn
            .open_table(MEMBERS)?
            .remove((guild.get(), user.get()))?
            .is_some();
        self.txn
            .open_table(USER_GUILDS)?
            .remove((user.get(), guild.get()))?;
        self.remove_user_if_unreferenced(user)?;
        Ok(existed)
    }

    pub fn put_user(&self, user: &CachedUser) -> Result<(), CacheError> {
        self.txn
            .open_table(USERS)?
            .insert(user.id.get(), encode(user)?.as_slice())?;
        Ok(())
    }

    pub fn remove_user(&self, id: UserId) -> Result<bool, CacheError> {
        Ok(self.txn.open_table(USERS)?.remove(id.get())?.is_some())
    }
}

/// Writes a member seen at `now`, keeping the cached `joined_at` when the update has none.
pub fn put_member_seen(
    w: &CacheWrite,
    mut member: CachedMember,
    user: &CachedUser,
    now: Timestamp,
) -> Result<(), CacheError> {
    member.seen_at = now;
    if member.joined_at.is_none() {
        member.joined_at = w
            .member(member.guild_id, member.user_id)?
            .and_then(|m| m.joined_at);
    }
    w.put_member(&member)?;
    w.put_user(user)
}
