import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';
import { columns } from '../../platform/db/migrate.ts';

/** The schedule columns; NOT NULL on templates, nullable on policies (which may use a template instead). */
function withScheduleColumns<T extends string>(table: CreateTableBuilder<T, any>, required: boolean): CreateTableBuilder<T, any> {
  const notNull = (c: ColumnDefinitionBuilder) => (required ? c.notNull() : c);
  return table
    .addColumn('frequency_type', 'text', notNull)
    .addColumn('frequency_details', 'text', notNull)
    .addColumn('cron_expression', 'text')
    .addColumn('time_zone', 'text', notNull)
    .addColumn('retention_count', 'integer', notNull)
    .addColumn('replica_retention_count', 'integer', notNull);
}

export const policiesMigration: LifeboatMigration = {
  name: '0008-policies',
  async up(db, dialect) {
    let templates = db.schema
      .createTable('policy_templates')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''));
    templates = withScheduleColumns(templates, true);
    await templates
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addForeignKeyConstraint('policy_templates_project_fk', ['account_id', 'project_id'], 'projects', ['account_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('policy_templates_name_unique').on('policy_templates').columns(['account_id', 'project_id', 'name']).unique().execute();

    let policies = db.schema
      .createTable('protection_policies')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('assembly_id', 'bigint', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      // No action (checked at the end of the statement): deleting a template a policy uses fails, even when the
      // two requests race; a project's deletion still cascades to both tables in one statement.
      .addColumn('template_id', 'bigint', (c) => c.references('policy_templates.id'));
    policies = withScheduleColumns(policies, false);
    await policies
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_message', 'text')
      .addColumn('activation', 'text', (c) => c.notNull())
      .addColumn('start_at', 'bigint', (c) => c.notNull())
      .addColumn('slots_from', 'bigint', (c) => c.notNull())
      .addColumn('last_slot_at', 'bigint')
      .addColumn('next_slot_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addForeignKeyConstraint('protection_policies_project_fk', ['account_id', 'project_id'], 'projects', ['account_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('protection_policies_name_unique').on('protection_policies').columns(['account_id', 'project_id', 'name']).unique().execute();
    // One enabled policy per assembly, held by the database so two racing creates or resumes cannot both win.
    await db.schema
      .createIndex('protection_policies_one_enabled')
      .on('protection_policies')
      .column('assembly_id')
      .unique()
      .where(sql.ref('status'), '=', 'enabled')
      .execute();
    await db.schema.createIndex('protection_policies_assembly').on('protection_policies').columns(['assembly_id', 'name']).execute();
    await db.schema.createIndex('protection_policies_template').on('protection_policies').column('template_id').execute();
    // The scheduler's work list: enabled policies whose next slot has come.
    await db.schema.createIndex('protection_policies_due').on('protection_policies').columns(['status', 'next_slot_at']).execute();
  },
};
