import * as migration_20261126_082048_initial from './20261126_082048_initial';

export const migrations = [
  {
    up: migration_20261126_082048_initial.up,
    down: migration_20261126_082048_initial.down,
    name: '20261126_082048_initial'
  },
];
