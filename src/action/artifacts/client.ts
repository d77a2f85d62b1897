/**
 * What the artifact and workflow_run modules need from the GitHub client, and how they describe a
 * failed call. Kept here (rather than imported from the adapter's client module) so these modules
 * stand alone and can be tested with a bare `getOctokit`.
 */
import type { getOctokit } from '@actions/github';

/** An `@actions/github` Octokit (REST methods and `paginate`), with or without retry plugins. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** The fields of an Octokit `RequestError` that a message needs. */
interface ApiErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

/** The HTTP status of an Octokit error; undefined for a network failure or any other error. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as ApiErrorLike | null)?.status;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/**
 * "GitHub answered 403 "Resource not accessible by integration"" or "GitHub could not be reached:
 * ...". Reads only the status and GitHub's message, never request headers, so no token can leak.
 */
export function describeFailure(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ApiErrorLike;
  const data = e.response?.data;
  const said = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
    ? `"${(data as { message: string }).message}"`
    : error instanceof Error ? error.message : String(error);
  const status = httpStatus(error);
  return status === undefined ? `GitHub could not be reached: ${said}` : `GitHub answered ${status} ${said}`;
}
