// `npm run bench:ui`: main-thread long tasks while typing in the policy editor of a 500-principal scenario.
// Measured in real Chromium against the built app; printed, never asserted (speed is a benchmark, not a test).
import { launchChromium, startPreview, typingLongTasks } from './browser-support.ts'

const PORT = Number(process.env.BENCH_PORT || 4175)

function scenario() {
  const statement = (i: number) => ({
    Sid: `S${i}`,
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:ListBucket'],
    Resource: [`arn:aws:s3:::bucket-${i % 20}`, `arn:aws:s3:::bucket-${i % 20}/*`],
  })
  const doc = (i: number) => ({ Version: '2012-10-17', Statement: [statement(i)] })
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'Five hundred principals',
    accounts: [{ id: '111122223333' }],
    groups: Array.from({ length: 20 }, (_, g) => ({
      name: `team-${g}`,
      inlinePolicies: [{ name: 'p', document: doc(g) }],
    })),
    users: Array.from({ length: 250 }, (_, u) => ({ name: `user-${u}`, groups: [`team-${u % 20}`] })),
    roles: Array.from({ length: 250 }, (_, r) => ({
      name: `role-${r}`,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
        ],
      },
      inlinePolicies: [{ name: 'p', document: doc(r) }],
    })),
    policies: [{ name: 'Shared', versions: [{ id: 'v1', isDefault: true, document: doc(1) }] }],
    environment: { time: '2025-01-01T00:00:00Z' },
    requests: [{ principal: 'user/user-1', action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-1/key' }],
  }
}

async function main() {
  const preview = await startPreview(PORT, process.env.BENCH_DIST || 'dist')
  try {
    const browser = await launchChromium()
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(preview.url)
    await page.getByRole('status', { name: 'Decision' }).waitFor()
    await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
    await page
      .getByRole('group', { name: 'Workspaces' })
      .getByLabel('Import scenario file')
      .setInputFiles({
        name: 'five-hundred.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(scenario())),
      })
    const account = page.getByRole('navigation', { name: 'Account' })
    await account.getByRole('button', { name: 'user-249', exact: true }).waitFor()
    await account.getByRole('button', { name: 'Shared', exact: true }).click()
    await page.getByRole('button', { name: 'Edit default version v1' }).click()
    const typing = await typingLongTasks(page, 60)
    console.log(`long-task observer calibration: ${typing.calibrated ? 'works' : 'DID NOT SEE an 80 ms task'}`)
    console.log('IAM Playground UI benchmark — typing 60 characters in the editor, 500 principals, Chromium')
    console.log(`typing took ${typing.ms} ms; main-thread tasks over 50 ms: ${typing.tasks.length}`)
    const all = typing.tasks.length ? ` (all: ${typing.tasks.map(Math.round).join(', ')})` : ''
    console.log(`longest task: ${Math.round(typing.worst)} ms${all}`)
    await browser.close()
  } finally {
    preview.stop()
  }
}

await main()
