import { ErrorCode, fail } from '@aquarium/shared';
import { failureCode, failureMessage, storageFailure } from '../storage/failure.js';
import { log } from '../log.js';

/** The answer to a command or sync that storage could not serve (the database lost, say): never a crash. */
export const refused = (err: unknown) => {
  const failure = storageFailure(err);
  if (failure) return fail(failureCode(failure), failureMessage(failure));
  log.error({ err }, 'socket handler failed');
  return fail(ErrorCode.Internal, 'the server could not do this; try again');
};
