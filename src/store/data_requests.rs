//! Data requests filed from Discord, and the instance audit log of operators' actions.

use rusqlite::{OptionalExtension, params};

use super::{Db, StoreError, is_unique_violation};
use crate::clock::Timestamp;
use crate::domain::data_requests::Kind;
use crate::i18n::Lang;
use crate::ids::UserId;

/// A filed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRequest {
    pub id: i64,
    pub user: UserId,
    pub kind: Kind,
    pub requested_at: Timestamp,
    /// `open`, `approved`, `done`, `refused`.
    pub state: String,
    pub handled_at: Option<Timestamp>,
    pub reason: Option<String>,
    pub delivery: Option<String>,
    /// The language the request was filed in (English for requests older than migration 33).
    pub language: Lang,
}

const COLUMNS: &str =
    "id, user_id, kind, requested_at, state, handled_at, reason, delivery, language";

fn request(r: &rusqlite::Row<'_>) -> rusqlite::Result<DataRequest> {
    Ok(DataRequest {
        id: r.get(0)?,
        user: UserId::from_sql(r.get(1)?),
        kind: Kind::parse(&r.get::<_, String>(2)?).unwrap_or(Kind::Export),
        requested_at: Timestamp::from_millis(r.get(3)?),
        state: r.get(4)?,
        handled_at: r.get::<_, Option<i64>>(5)?.map(Timestamp::from_millis),
        reason: r.get(6)?,
        delivery: r.get(7)?,
        language: r
            .get::<_, Option<String>>(8)?
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::EnUs),
    })
}

/// Files a request in `language`; an open one of the same kind is returned instead (`false`:
/// not new; its language stays the one it was filed in).
pub async fn file(
    db: &Db,
    user: UserId,
    kind: Kind,
    language: Lang,
    now: Timestamp,
) -> Result<(DataRequest, bool), StoreError> {
    db.write(move |tx| {
        let inserted = tx.execute(
            "INSERT INTO data_requests (user_id, kind, requested_at, language)
             VALUES (?1, ?2, ?3, ?4)",
            params![user.to_sql(), kind.as_str(), now.millis(), language.code()],
        );
        let new = match inserted {
            Ok(_) => true,
            Err(e) if is_unique_violation(&e) => false,
            Err(e) => return Err(e.into()),
        };
        let row = tx.query_row(
            &format!(
                "SELECT {COLUMNS} FROM data_requests WHERE user_id = ?1 AND kind = ?2
                 AND state IN ('open', 'approved') ORDER BY id DESC LIMIT 1"
            ),
            params![user.to_sql(), kind.as_str()],
            request,
        )?;
        Ok((row, new))
    })
    .await
}

/// Every request, newest first.
pub async fn all(db: &Db) -> Result<Vec<DataRequest>, StoreError> {
    db.read(|conn| {
        let mut stmt = conn.prepare(&format!(
            "SELECT {COLUMNS} FROM data_requests ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map([], request)?.collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<DataRequest>, StoreError> {
    db.read(move |conn| {
        Ok(conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM data_requests WHERE id = ?1"),
                [id],
                request,
            )
            .optional()?)
    })
    .await
}

/// Moves an open request to `approved` or `refused` (with `reason`); `false` when it is not
/// open.
pub async fn decide(
    db: &Db,
    id: i64,
    approve: bool,
    by: UserId,
    reason: Option<String>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    db.write(move |tx| {
        Ok(tx.execute(
            "UPDATE data_requests SET state = ?2, handled_by = ?3, handled_at = ?4, reason = ?5
             WHERE id = ?1 AND state = 'open'",
            params![
                id,
                if approve { "approved" } else { "refused" },
                by.to_sql(),
                now.millis(),
                reason
            ],
        )? == 1)
    })
    .await
}

/// Marks an approved request carried out (`delivery` for an export: `dm` or `page`).
pub async fn complete(
    db: &Db,
    id: i64,
    delivery: Option<&'static str>,
    now: Timestamp,
) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "UPDATE data_requests SET state = 'done', handled_at = ?2, delivery = ?3 WHERE id = ?1",
            params![id, now.millis(), delivery],
        )?;
        Ok(())
    })
    .await
}

/// One operator action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceEntry {
    pub user: UserId,
    pub action: String,
    pub detail: String,
    pub at: Timestamp,
}

pub async fn audit(db: &Db, entry: InstanceEntry) -> Result<(), StoreError> {
    db.write(move |tx| {
        tx.execute(
            "INSERT INTO instance_audit (user_id, action, detail, at) VALUES (?1, ?2, ?3, ?4)",
            params![
                entry.user.to_sql(),
                entry.action,
                entry.detail,
                entry.at.millis()
            ],
        )?;
        Ok(())
    })
    .await
}

/// The newest `limit` operator actions.
pub async fn audit_log(db: &Db, limit: u32) -> Result<Vec<InstanceEntry>, StoreError> {
    db.read(move |conn| {
        let mut stmt = conn.prepare(
            "SELECT user_id, action, detail, at FROM instance_audit ORDER BY id DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([limit], |r| {
                Ok(InstanceEntry {
                    user: UserId::from_sql(r.get(0)?),
                    action: r.get(1)?,
                    detail: r.get(2)?,
                    at: Timestamp::from_millis(r.get(3)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
