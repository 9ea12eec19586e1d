// The Azure Bot that registers the web app with Bot Framework, signed in as the user-assigned managed
// identity (no secret; Azure Bot Service creates no new multi-tenant bots since 2025-07-31), with the
// Microsoft Teams channel. Used by ../azure.bicep; it can also be deployed alone for a bot hosted
// elsewhere, given an identity and the host's domain.

@maxLength(20)
@minLength(4)
@description('Used to name the bot resource.')
param resourceBaseName string

@maxLength(42)
param botDisplayName string

param botServiceName string = resourceBaseName

@description('F0: the Teams channel is a standard channel, free at any volume.')
param botServiceSku string = 'F0'

param identityResourceId string
param identityClientId string
param identityTenantId string

@description('Host name of the web app; Bot Framework posts to https://<host>/api/messages.')
param botAppDomain string

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: botServiceName
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}
