import * as migration_20261126_085430_initial from './20261126_085430_initial';

export const migrations = [
  {
    up: migration_20261126_085430_initial.up,
    down: migration_20261126_085430_initial.down,
    name: '20261126_085430_initial'
  },
];
