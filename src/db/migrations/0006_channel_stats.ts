import { sql, type Kysely } from 'kysely';

/**
 * Two more aggregates the event processor keeps up to date, so that the social-media KPIs (seed 000,
 * section 5) read one row per day instead of the event log: events per day, channel, channel class
 * and event type ("traffic to the website" counts the page views from social networks), and the
 * replies to social interactions per day with their response times summed up. The rows are filled
 * from the events the processor has already counted (up to each workspace's cursor), so nothing is
 * counted twice or missed when the processor resumes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table daily_channel_stats (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      channel text not null,
      channel_class text not null,
      event_type text not null,
      events bigint not null default 0,
      primary key (workspace_id, day, channel, channel_class, event_type)
    );

    create table daily_social_replies (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      replies bigint not null default 0,
      response_hours double precision not null default 0,
      primary key (workspace_id, day)
    );

    insert into daily_channel_stats (workspace_id, day, channel, channel_class, event_type, events)
    select e.workspace_id, (e.occurred_at at time zone 'UTC')::date, coalesce(e.channel, ''),
      coalesce(e.channel_class, ''), e.type, count(*)
    from events e
    join event_cursors c on c.workspace_id = e.workspace_id and e.seq <= c.last_seq
    group by 1, 2, 3, 4, 5;

    insert into daily_social_replies (workspace_id, day, replies, response_hours)
    select reply.workspace_id, (reply.occurred_at at time zone 'UTC')::date, count(*),
      sum(extract(epoch from (reply.occurred_at - asked.occurred_at)) / 3600)
    from events reply
    join event_cursors c on c.workspace_id = reply.workspace_id and reply.seq <= c.last_seq
    join events asked on asked.workspace_id = reply.workspace_id
      and asked.event_id = reply.properties->>'in_reply_to'
    where reply.type = 'social_interaction' and asked.occurred_at <= reply.occurred_at
    group by 1, 2;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table daily_social_replies, daily_channel_stats;`.execute(db);
}
