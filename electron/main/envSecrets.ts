import { AppError } from '@shared/domain/errors'
import type { SecretName, SecretStore } from './shell'

/** the environment variables the browser host reads its secrets from */
export const SECRET_ENV: Record<SecretName, string> = {
  orgPassword: 'TAIWA_ORG_PASSWORD',
  orgPersonKey: 'TAIWA_ORG_PERSON_KEY',
}

/** The browser host's secrets: from its environment, set when the host starts; the app cannot write them. */
export function createEnvSecretStore(env: NodeJS.ProcessEnv = process.env): SecretStore {
  return {
    place: 'environment',
    writable: false,
    get: (name) => {
      const value = env[SECRET_ENV[name]]
      return value ? value : null
    },
    set: () => {
      throw new AppError('FORBIDDEN', 'the browser host reads its secrets from the environment')
    },
  }
}
