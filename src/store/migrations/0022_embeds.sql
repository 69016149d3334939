-- ticketbox schema, migration 22: custom embeds (TicketsBot's panel image and thumbnail, and
-- its custom welcome-message embeds). JSON of domain::embeds::EmbedSpec; NULL when nothing is
-- set. A panel's `embed` adds to its title, text and colour; `welcome_embed` wraps its welcome
-- message (the description) with a title, author, images, footer and fields; a tag's `embed`
-- is sent with its text; the server's `welcome_embed` goes with the server's welcome message.
ALTER TABLE panels ADD COLUMN embed TEXT;
ALTER TABLE panels ADD COLUMN welcome_embed TEXT;
ALTER TABLE tags ADD COLUMN embed TEXT;
ALTER TABLE guild_settings ADD COLUMN welcome_embed TEXT;
