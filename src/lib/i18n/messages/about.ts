// The About panel, the AWS catalog's version in the editor's hover, and the notice for a link made with an older
// catalog. English is the source of truth; Korean has every key.

export const en = {
  'about.button': 'About',
  'about.title': 'About IAM Playground',
  'about.close': 'Close',
  'about.what':
    'A playground for AWS IAM policies that runs entirely in your browser: it evaluates requests the way AWS documents its policy evaluation logic, explains every decision, and sends nothing to a server.',
  'about.version': 'Version',
  'about.catalog': 'AWS catalog',
  'about.catalogWhat':
    'Actions, resource types and condition keys of every AWS service, from {package}, which follows the Service Authorization Reference.',
  'about.catalogDate': 'data of {date}',
  'about.links': 'Sources',
  'about.linkReference': 'Service Authorization Reference (AWS)',
  'about.linkEvaluation': 'Policy evaluation logic (AWS IAM documentation)',
  'about.linkCatalog': 'The {package} package',
  'about.notAws': 'Not an AWS product. Decisions follow the documentation; the real AWS is the final word.',
  'about.hoverCatalog': 'AWS catalog {version}',
  'about.linkCatalogNotice':
    'This link was made with AWS catalog {made}; this playground uses {uses} — actions added since may differ.',
  'about.dismiss': 'Dismiss',
} as const
