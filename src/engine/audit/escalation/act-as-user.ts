// Acting as another user: what create-access-key, login-profile and grant-user share.
import type { UserActor } from './search'
import type { ActorContext } from './technique'

/** The console-password action for a user: update the password it has, or create one. */
export function loginAction(user: UserActor): string {
  return user.entity.password ? 'iam:UpdateLoginProfile' : 'iam:CreateLoginProfile'
}

/**
 * How the actor can get credentials of `user`: `iam:CreateAccessKey` when it may, else the console-password action
 * when it may, else undefined. Asked once per user, however many techniques need it.
 */
export function credentialsFor(ctx: ActorContext, user: UserActor): string | undefined {
  return ctx.once(`credentials ${user.arn}`, () => {
    if (ctx.may('iam:CreateAccessKey', user.arn)) return 'iam:CreateAccessKey'
    const login = loginAction(user)
    return ctx.may(login, user.arn) ? login : undefined
  })
}
