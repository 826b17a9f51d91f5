import * as migration_20261126_085430_initial from './20261126_085430_initial';
import * as migration_20261126_140057_photo_visibility from './20261126_140057_photo_visibility';
import * as migration_20261126_142807_read_path_indexes from './20261126_142807_read_path_indexes';
import * as migration_20261126_163011_newsroom_distribution from './20261126_163011_newsroom_distribution';
import * as migration_20261126_171203_search_review_jobs from './20261126_171203_search_review_jobs';
import * as migration_20261126_213250_abandoned_drafts_job from './20261126_213250_abandoned_drafts_job';

export const migrations = [
  {
    up: migration_20261126_085430_initial.up,
    down: migration_20261126_085430_initial.down,
    name: '20261126_085430_initial',
  },
  {
    up: migration_20261126_140057_photo_visibility.up,
    down: migration_20261126_140057_photo_visibility.down,
    name: '20261126_140057_photo_visibility',
  },
  {
    up: migration_20261126_142807_read_path_indexes.up,
    down: migration_20261126_142807_read_path_indexes.down,
    name: '20261126_142807_read_path_indexes',
  },
  {
    up: migration_20261126_163011_newsroom_distribution.up,
    down: migration_20261126_163011_newsroom_distribution.down,
    name: '20261126_163011_newsroom_distribution',
  },
  {
    up: migration_20261126_171203_search_review_jobs.up,
    down: migration_20261126_171203_search_review_jobs.down,
    name: '20261126_171203_search_review_jobs',
  },
  {
    up: migration_20261126_213250_abandoned_drafts_job.up,
    down: migration_20261126_213250_abandoned_drafts_job.down,
    name: '20261126_213250_abandoned_drafts_job'
  },
];
