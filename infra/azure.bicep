// Azure resources of the Workfront Outlook support bot, Linux only (teamsapp.yml: arm/deploy).
// The Toolkit writes the outputs at the end to env/.env.<environment> under their own names.
// test/deploy/infra.test.ts checks parameters, outputs and app settings against teamsapp.yml,
// infra/azure.parameters.json and the variables the bot reads (no Bicep compiler runs in CI).

@maxLength(20)
@minLength(4)
@description('Prefix of every resource name, unique per environment (wfsupport + RESOURCE_SUFFIX).')
param resourceBaseName string

@description('App Service plan size (Linux). B1 is the smallest with "always on".')
param webAppSku string = 'B1'

@description('Node.js stack of the web app; the package.json engines field allows 20 and 22.')
@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
])
param linuxFxVersion string = 'NODE|20-lts'

@maxLength(42)
param botDisplayName string

@description('postgres: Azure Database for PostgreSQL (the default). sqlite: a file on App Service storage, for trials only.')
@allowed([
  'postgres'
  'sqlite'
])
param storage string = 'postgres'

@description('Client id of the Entra app the support tab signs users in with (aadApp/create in teamsapp.yml).')
param tabSsoClientId string

param supportChannelId string = ''
param supportAgentIds string = ''
param supportLanguage string = 'en'

param location string = resourceGroup().location

@description('Some subscriptions may not create PostgreSQL flexible servers in every region.')
param postgresLocation string = location

@description('Generated anew at every deployment (the Key Vault secret and the server change together); never in a parameters file.')
@secure()
param postgresAdminPassword string = newGuid()

var usePostgres = storage == 'postgres'
var postgresServerName = '${resourceBaseName}-pg'
var postgresAdminLogin = 'wfsupport'
var databaseName = 'wfsupport'
var keyVaultName = '${resourceBaseName}-kv'
var databaseUrlSecretName = 'database-url'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// The bot's identity: Bot Framework tokens (BOT_TYPE=UserAssignedMsi) and the Key Vault reference.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: resourceBaseName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: resourceBaseName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    // Key Vault references (DATABASE_URL) are resolved with the user-assigned identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      // Runs the JavaScript the deploy built; nothing is compiled when the app starts.
      appCommandLine: 'node lib/index.js'
      alwaysOn: true
      // Readiness: 200 only while the store answers at the expected schema and the instance is not
      // draining; App Service stops routing to an instance that cannot serve (/healthz is liveness only).
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = if (usePostgres) {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    softDeleteRetentionInDays: 7
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (usePostgres) {
  name: guid(resourceGroup().id, keyVaultName, resourceBaseName, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = if (usePostgres) {
  name: postgresServerName
  location: postgresLocation
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = if (usePostgres) {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The web app reaches the server on its public endpoint, over TLS (the server requires it); the
// 0.0.0.0 rule admits connections from Azure services only.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (usePostgres) {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// The only place the connection string (and so the password) is written. The ternary keeps ARM from
// reading the server's properties when there is no server.
resource databaseUrl 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (usePostgres) {
  parent: keyVault
  name: databaseUrlSecretName
  properties: {
    value: usePostgres ? 'postgresql://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full' : ''
  }
}

var storageSettings = usePostgres ? {
  DATABASE_URL: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${databaseUrlSecretName})'
} : {
  // Trials only: App Service's persistent (network) storage, one instance.
  DATA_DIR: '/home/data'
}

// Everything the bot reads (src/config/config.ts), set once the identity may read the secret.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union({
    NODE_ENV: 'production'
    BOT_ID: identity.properties.clientId
    BOT_TYPE: 'UserAssignedMsi'
    BOT_TENANT_ID: identity.properties.tenantId
    SUPPORT_CHANNEL_ID: supportChannelId
    SUPPORT_AGENT_IDS: supportAgentIds
    SUPPORT_LANGUAGE: supportLanguage
    TAB_SSO_CLIENT_ID: tabSsoClientId
    TAB_SSO_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${tabSsoClientId}'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    // The deployed zip has lib/ but no node_modules: App Service's build installs the production
    // dependencies on Linux (better-sqlite3 is native). --ignore-scripts skips this project's
    // "prepare" (it compiles, and TypeScript is a devDependency); npm rebuild then runs the
    // dependencies' own install scripts.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild'
  }, storageSettings)
  dependsOn: [
    keyVaultSecretsUser
    databaseUrl
    postgresDatabase
    postgresFromAzure
  ]
}

module azureBot './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botDisplayName: botDisplayName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
