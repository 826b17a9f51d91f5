import * as migration_20261126_084958_initial from './20261126_084958_initial';

export const migrations = [
  {
    up: migration_20261126_084958_initial.up,
    down: migration_20261126_084958_initial.down,
    name: '20261126_084958_initial'
  },
];
