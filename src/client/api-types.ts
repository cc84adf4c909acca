// Generated from GET /openapi.json by `npm run gen:client` (src/client/generate.ts). Do not edit.
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAccounts"];
        put?: never;
        /** Create an account (instance admin) */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every audit event of the account, newest first */
        get: operations["listAccountEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProjects"];
        put?: never;
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an AWS cloud assembly */
        post: operations["createAwsCloudAssembly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assembly's recoveries, newest first; with ?id= one recovery's details (the published AWS Recovery Details) */
        get: operations["listAwsCloudAssemblyRecoveries"];
        put?: never;
        /** Start a recovery (202), or with dryRun see its plan and pre-flight checks (200) without changing the cloud; a failed check refuses the start (409) unless force */
        post: operations["startAwsCloudAssemblyRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recovery with the source → recovered mapping of every resource */
        get: operations["getAwsCloudAssemblyRecovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending or running recovery (202): it ends aborted
         * @description The recovery stops at its next step: between rebuild writes, or, while it validates, at the next check boundary or within a second of the wait for its resources to be ready (the checks not run are recorded skipped). What it made stays until a reset.
         */
        post: operations["cancelAwsCloudAssemblyRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The drill report: recovery point, targets and measured RTO/RPO, checks, validation, every resource's outcome and timing, the reset and its leftovers
         * @description JSON by default; with `Accept: text/html`, the same as one self-contained printable page (inline CSS and SVG, no script, no external asset).
         */
        get: operations["getAwsCloudAssemblyRecoveryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tear down what the recovery created (202), in reverse dependency order */
        post: operations["resetAwsCloudAssemblyRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries/{id}/reset-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AWS recovery reset status (seed 003)
         * @description Carries the recovery's ETag: If-None-Match with it is 304 while the recovery has not changed; an If-Match it no longer has is 412.
         */
        get: operations["getAwsRecoveryResetStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{assemblyId}/recoveries/config-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a configuration-only recovery (202): the configuration is rebuilt, data resources (volumes, databases, tables, buckets) are left out; dryRun shows its plan (200) */
        post: operations["startAwsCloudAssemblyConfigOnlyRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAwsCloudAssembly"];
        put?: never;
        post?: never;
        /** Start deleting an assembly and the snapshots of its protections (202); locked protections hold it */
        delete: operations["deleteAwsCloudAssembly"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a cloud assembly's drill policies (Range: items=1-100) */
        get: operations["listDrillPolicies"];
        put?: never;
        /**
         * Schedule drills of a cloud assembly: a recovery from its latest successful protection, reset after resetAfterMinutes
         * @description The recovery body is checked against the assembly as a start would check it (whatever protection it will recover from): a body a run would be refused is 400, its fieldErrors named under recovery. (recovery.crossRegionConfiguration.recoveryRegion), and nothing is written.
         */
        post: operations["createDrillPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a drill policy, with nextRunAt and lastRunAt */
        get: operations["getDrillPolicy"];
        /**
         * Replace a drill policy (all but its status); a new schedule applies from now on
         * @description The recovery body is checked against the assembly as a start would check it (whatever protection it will recover from): a body a run would be refused is 400, its fieldErrors named under recovery. (recovery.crossRegionConfiguration.recoveryRegion), and nothing is written.
         */
        put: operations["updateDrillPolicy"];
        post?: never;
        /** Delete a drill policy and its runs (a recovery under way still resets itself) */
        delete: operations["deleteDrillPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the drill now (202 with the run): recovery, its validation, its reset after resetAfterMinutes, then the drill webhook */
        post: operations["runDrillPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A drill policy's runs, newest first (Range: items=1-100) */
        get: operations["listDrillRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pause (paused) or resume (enabled) a drill policy */
        put: operations["updateDrillPolicyStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/general-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename or describe an assembly, or set its RTO and RPO targets (null clears one) */
        put: operations["updateAwsCloudAssemblyGeneralInformation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a cloud assembly's protection policies (Range: items=1-100) */
        get: operations["listProtectionPolicies"];
        put?: never;
        /** Bind a schedule (a template, or an inline one) to a cloud assembly; one enabled policy per assembly */
        post: operations["createProtectionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a protection policy, with its schedule, nextRunAt and lastRunAt */
        get: operations["getProtectionPolicy"];
        /** Replace name, description and schedule (and the activation, when given); a new schedule applies from now on */
        put: operations["updateProtectionPolicy"];
        post?: never;
        /** Delete a protection policy; the protections it took stay */
        delete: operations["deleteProtectionPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pause (paused) or resume (enabled) a protection policy; a resumed policy does not make up the slots it slept through */
        put: operations["updateProtectionPolicyStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update the protection strategy options (Cloud Rewind's published body): stored and returned as given */
        put: operations["updateAwsCloudAssemblyProtectionStrategy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assembly's timeline, newest first (start_time, end_time: epoch ms) */
        get: operations["listAwsCloudAssemblyProtections"];
        put?: never;
        /** Protect now (202): configuration and snapshots, in the background */
        post: operations["protectAwsCloudAssembly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A protection with every resource's outcome and error */
        get: operations["getAwsCloudAssemblyProtection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a running protection (202) */
        post: operations["cancelAwsCloudAssemblyProtection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Lock (never pruned) or unlock a protection */
        put: operations["lockAwsCloudAssemblyProtection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get AWS protection status (seed 002)
         * @description Carries the protection's ETag: If-None-Match with it is 304 while the protection has not changed; an If-Match it no longer has is 412.
         */
        get: operations["getAwsProtectionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the filter selects now (a dry run through the cloud), with dependencies left outside the selection */
        get: operations["previewAwsCloudAssemblyResources"];
        /** Change the resource filter (nested as resourceFilterStrategy, or flat as the published page has it) and replica regions; the next protection uses it */
        put: operations["updateAwsCloudAssemblyResources"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enable or disable; from delete-locked or delete-failed this cancels the deletion */
        put: operations["updateAwsCloudAssemblyStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assembly's webhooks (never their secrets) */
        get: operations["listAwsCloudAssemblyWebhooks"];
        put?: never;
        /** Add a webhook to an assembly; the signing secret is in this answer only */
        post: operations["createAwsCloudAssemblyWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAwsCloudAssemblyWebhook"];
        /** Change the URL and settings (those left out are kept) */
        put: operations["updateAwsCloudAssemblyWebhook"];
        post?: never;
        /** Remove a webhook and its delivery log */
        delete: operations["deleteAwsCloudAssemblyWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/webhooks/{webhookType}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery attempt, oldest first (Range: items=1-100) */
        get: operations["listAwsCloudAssemblyWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cloud connections (Range: items=1-100) */
        get: operations["listAwsCloudConnections"];
        put?: never;
        /** Create an AWS cloud connection; connectivity is verified in the background (202, pending) */
        post: operations["createAwsCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a cloud connection (deleted ones too) */
        get: operations["getAwsCloudConnection"];
        put?: never;
        post?: never;
        /** Start deleting a cloud connection (202: delete-pending, or delete-locked while deletion protection is on) */
        delete: operations["deleteAwsCloudConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/cloudformation-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CloudFormation template of the IAM role, with this connection's external id */
        get: operations["getAwsCloudConnectionTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rotate the role or access key; the connection is verified again */
        put: operations["updateAwsCloudConnectionCredentials"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/deletion-protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn deletion protection on or off; off lets a locked deletion proceed */
        put: operations["updateAwsCloudConnectionDeletionProtection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/general-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update general information (name, description) of an AWS cloud connection */
        put: operations["updateAwsCloudConnectionGeneralInformation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/regions-and-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the operational regions and services */
        put: operations["updateAwsCloudConnectionRegionsAndServices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discovered inventory */
        get: operations["listAwsCloudConnectionResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enable, disable or suspend; from delete-locked or delete-failed this cancels the deletion */
        put: operations["updateAwsCloudConnectionStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discover the resources of the connection (202; lastSync is set when it succeeds) */
        post: operations["syncAwsCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-check connectivity (202; connectivityStatus pending until it reports) */
        post: operations["verifyAwsCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/cloud-assemblies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every assembly of the project, across clouds (Range: items=1-100) */
        get: operations["listCloudAssemblies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's audit trail, newest first */
        get: operations["listProjectEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/policy-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List policy templates (Range: items=1-100) */
        get: operations["listPolicyTemplates"];
        put?: never;
        /** Create a policy template: a schedule and retention policies can share */
        post: operations["createPolicyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/projects/{projectId}/policy-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a policy template */
        get: operations["getPolicyTemplate"];
        /** Replace a policy template; the policies that use it follow the new schedule from their next slot */
        put: operations["updatePolicyTemplate"];
        post?: never;
        /** Delete a policy template (409 while a protection policy uses it) */
        delete: operations["deletePolicyTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listServiceAccounts"];
        put?: never;
        /** Create an API token with a role; the token is shown once */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getServiceAccount"];
        put?: never;
        post?: never;
        /** Revoke a token */
        delete: operations["deleteServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service account's access keys (never their secrets) */
        get: operations["listAccessKeys"];
        put?: never;
        /** Create an AK/SK pair for the service account; the SK is shown once */
        post: operations["createAccessKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/service-accounts/{id}/access-keys/{accessKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an access key */
        delete: operations["deleteAccessKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many simulated cloud calls were made, optionally narrowed */
        get: operations["countSimCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSimFaults"];
        put?: never;
        post: operations["createSimFault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/faults/{faultId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteSimFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quotas of a simulated account in a region, with their limits and current use */
        get: operations["listSimQuotas"];
        /** Override a quota's limit for a simulated account in a region (or every region) */
        put: operations["putSimQuota"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/rate-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each throttling bucket this server process has used since the rate limits were last set, busiest first */
        get: operations["listSimRateLimitBuckets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a simulated IAM role, with the actions and regions its policy allows */
        put: operations["putSimRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSimSettings"];
        put: operations["updateSimSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sim/stacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Play CloudFormation: run a connection group's template in its accounts and regions and call post-process as its custom resource would */
        post: operations["deploySimStack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token is: its service account, role, account and projects */
        get: operations["getCaller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/aws/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account and region of a connection group, as Clumio's AWS connection */
        get: operations["readAwsConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/aws/connection-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the connection groups of the organizational unit */
        get: operations["listAwsConnectionGroups"];
        put?: never;
        /** Create a connection group; deploy the stack of deployment_template_url with its id (token) and external_id */
        post: operations["createAwsConnectionGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/aws/connection-groups/{connection_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a connection group */
        get: operations["readAwsConnectionGroup"];
        /** Seed 001: update asset types, regions and description; applied when the stack reports the new template */
        put: operations["updateAwsConnectionGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/aws/connection-groups/{connection_group_id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CloudFormation template (JSON) a deployment_template_url points at: the pending or the installed version */
        get: operations["readAwsConnectionGroupTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/aws/post-process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The CloudFormation stack's callback, or Clumio's Terraform provider's clumio_post_process_aws_connection (token and role_external_id authenticate it); idempotent; older template versions are refused */
        post: operations["postProcessAwsConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/aws/templates/{connection_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CloudFormation template a deployment_template_url names: no token, the URL is signed and expires after a day */
        get: operations["readSignedAwsConnectionGroupTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and migrated */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccListBandwidthPackages"];
        put?: never;
        /** Create a bandwidth package (bound at once when resource_id is given) */
        post: operations["ccCreateBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccShowBandwidthPackage"];
        /** Update the name, description, bandwidth or billing mode */
        put: operations["ccUpdateBandwidthPackage"];
        post?: never;
        /** Delete an unbound bandwidth package */
        delete: operations["ccDeleteBandwidthPackage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}/associate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind the package to a cloud connection */
        post: operations["ccAssociateBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}/disassociate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unbind the package from a cloud connection */
        post: operations["ccDisassociateBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cloud connections (marker paging, repeatable filters) */
        get: operations["ccListCloudConnections"];
        put?: never;
        /** Create a cloud connection */
        post: operations["ccCreateCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccShowCloudConnection"];
        /** Seed 004: update the name and description */
        put: operations["ccUpdateCloudConnection"];
        post?: never;
        /** Delete a cloud connection with nothing attached */
        delete: operations["ccDeleteCloudConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/{id}/tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or overwrite tags (at most 20 per resource) */
        post: operations["ccTagCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/{id}/untag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove tags by key (and value, when given) */
        post: operations["ccUntagCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cloud connections whose tags match every key (any of its values) */
        post: operations["ccFilterCloudConnectionsByTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tag keys in use, with their values */
        get: operations["ccListCloudConnectionTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/inter-region-bandwidths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccListInterRegionBandwidths"];
        put?: never;
        /** Give two regions of a connection part of a bound package */
        post: operations["ccCreateInterRegionBandwidth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/inter-region-bandwidths/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccShowInterRegionBandwidth"];
        /** Change the bandwidth (within the package) */
        put: operations["ccUpdateInterRegionBandwidth"];
        post?: never;
        delete: operations["ccDeleteInterRegionBandwidth"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/network-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccListNetworkInstances"];
        put?: never;
        /** Load a VPC or virtual gateway into a cloud connection */
        post: operations["ccCreateNetworkInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/network-instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ccShowNetworkInstance"];
        /** Update the name, description or CIDRs */
        put: operations["ccUpdateNetworkInstance"];
        post?: never;
        /** Unload a network instance */
        delete: operations["ccDeleteNetworkInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/auth/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The domains the caller's credentials may use (Huawei SDK domain discovery) */
        get: operations["keystoneListAuthDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 32 hex characters: the account on the /v3/{domain_id} surface. */
                        domainId: string;
                        /** Format: int64 */
                        id: number;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 32 hex characters: the account on the /v3/{domain_id} surface. */
                        domainId: string;
                        /** Format: int64 */
                        id: number;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 32 hex characters: the account on the /v3/{domain_id} surface. */
                        domainId: string;
                        /** Format: int64 */
                        id: number;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAccountEvents: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                result?: "success" | "failure";
                target_id?: string;
                target_type?: string;
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** @description The operationId of the call. */
                        action: string;
                        /** @description service-account:<id> or instance-admin */
                        actor: string;
                        actorName: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        id: number;
                        method: string;
                        path: string;
                        projectId: string | null;
                        requestId: string;
                        /** @enum {string} */
                        result: "success" | "failure";
                        statusCode: number;
                        targetId: string | null;
                        targetType: string | null;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    id: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createAwsCloudAssembly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allowCrossRegionRecovery?: boolean;
                    /**
                     * Format: int64
                     * @description The AWS cloud connection whose resources the assembly groups.
                     */
                    cloudConnectionId: number;
                    description?: string;
                    name: string;
                    /** @description Cloud Rewind's protection strategy (its values are not published): stored and returned as given; it changes nothing Lifeboat does. */
                    protectionStrategy?: string;
                    /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                    protectionStrategyOptions?: {
                        awsDynamoDBProtectionOptions?: {
                            /** @description Whether protection of these resources is enabled. */
                            isEnabled?: boolean;
                        };
                        awsLambdaProtectionOptions?: {
                            /** @description Whether protection of these resources is enabled. */
                            isEnabled?: boolean;
                            replicaRegionBucketDetails?: {
                                /**
                                 * Format: int64
                                 * @description The cloud connection of the replica bucket.
                                 */
                                cloudConnectionId?: number;
                                name?: string;
                                /** @enum {string} */
                                region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            }[];
                            /** @description The source-region bucket (versioned) for Lambda protection backups. */
                            sourceBucketName?: string;
                        };
                        awsRoute53ProtectionOptions?: {
                            /** @description Whether protection of these resources is enabled. */
                            isEnabled?: boolean;
                            /**
                             * Format: int64
                             * @description The Route 53 enabled cloud connection.
                             */
                            route53HostedZoneCloudConnectionId?: number;
                        };
                        awsSnsProtectionOptions?: {
                            /** @description Whether protection of these resources is enabled. */
                            isEnabled?: boolean;
                        };
                        awsSqsProtectionOptions?: {
                            /** @description Whether protection of these resources is enabled. */
                            isEnabled?: boolean;
                        };
                    };
                    /** @description Regions each protection's snapshots are copied to. */
                    replicaRegions?: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description manual (resource ids: resources, or resourceIds), vpc (everything in one VPC), or tags. */
                    resourceFilterStrategy: {
                        /** @enum {string} */
                        filterType: "manual";
                        /** @description The same ids under Lifeboat's first spelling: give one of the two. */
                        resourceIds?: string[];
                        /** @description The cloud resource ids to protect (the published spelling). */
                        resources?: string[];
                    } | {
                        /** @enum {string} */
                        filterType: "vpc";
                        vpcId: string;
                    } | {
                        /** @enum {string} */
                        conditions: "match-all-tags" | "match-any-tags";
                        /** @enum {string} */
                        filterType: "tags";
                        tags: {
                            key: string;
                            value: string;
                        }[];
                    };
                    rpoTargetMinutes?: number | null;
                    rtoTargetMinutes?: number | null;
                    /** @enum {string} */
                    sourceRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                    validators?: ({
                        /** @description A regular expression (JavaScript syntax) the response body must match. */
                        bodyMatch?: string;
                        expectedStatus: number;
                        name: string;
                        /** @description Default 10. */
                        timeoutSeconds?: number;
                        /** @enum {string} */
                        type: "http";
                        /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                        url: string;
                    } | {
                        name: string;
                        /** @description Signs each call (X-Lifeboat-Signature: v1=HMAC-SHA256(secret, "<timestamp>.<body>")). Write-only: answers say secretSet. Required for a new webhook validator; on PUT …/resources, leaving it out keeps the secret of the webhook validator of the same name. */
                        secret?: string;
                        /** @description The limit of the whole call (DNS, connect, request, answer), seconds; default 30. */
                        timeoutSeconds?: number;
                        /** @enum {string} */
                        type: "webhook";
                        /** @description The receiver: https (plain http and private addresses only with LIFEBOAT_WEBHOOK_ALLOW_PRIVATE), no credentials, a host that resolves only to globally routable addresses (checked again at every call, and the connection goes to the address checked). */
                        url: string;
                    })[];
                    /** @description The AWS VPC of the protected resources. */
                    vpcId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAwsCloudAssemblyRecoveries: {
        parameters: {
            query?: {
                /** @description AWS Recovery ID: with it, the answer is that recovery's details (an object), as the published page serves them. */
                id?: string;
                status?: ("pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted")[];
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[] | ({
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    } & {
                        /** @description Pre-flight checks: a failed one stops the start unless force is given. */
                        checks: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        /** @description Started with force past a failed check (its resources are skipped, with the check as their error). */
                        forced: boolean;
                        recoveryDuration: number | null;
                        recoveryEndTime: string | null;
                        recoveryErrorMessage: string | null;
                        recoveryStartTime: string | null;
                        resetStartTime: string | null;
                        resources: {
                            /** @enum {string} */
                            action: "create" | "restore" | "reuse" | "use-source" | "blocked";
                            /** @description What the isolation took out of the configuration the resource is recreated with. */
                            droppedReferences: {
                                /** @description Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies. */
                                field: string;
                                reason: string;
                                /** @description What it named: a resource id, an ARN, a key pair. */
                                reference: string;
                            }[];
                            durationSeconds: number | null;
                            error: string | null;
                            finishedAt: string | null;
                            name: string;
                            note: string | null;
                            /** @description Dependency level: everything of a lower order is recovered first; a reset goes the other way. */
                            order: number;
                            readyAt: string | null;
                            recoveredArn: string | null;
                            recoveredResourceId: string | null;
                            snapshotId: string | null;
                            sourceRegion: string;
                            sourceResourceId: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "recovered" | "mapped" | "failed" | "skipped" | "deleted" | "delete-failed";
                            transfer?: {
                                cleanup: ("delete-receive-copy" | "unshare" | "delete-share-copy") | null;
                                error: string | null;
                                keyManager: ("aws" | "customer") | null;
                                lastStep: ("describe" | "source-key" | "share-copy" | "share" | "target-key" | "receive") | null;
                                method: ("share" | "copy-then-share" | "unsupported") | null;
                                reason: string | null;
                                receivedSnapshotId: string | null;
                                shareCopyId: string | null;
                                shareKeyArn: string | null;
                                /** @description The protection's snapshot (or replica copy) in the source account. */
                                snapshotId: string;
                                sourceAccountId: string;
                                sourceKmsKeyId: string | null;
                                /** @enum {string} */
                                status: "pending" | "completed" | "failed";
                                targetAccountId: string;
                                targetKeyArn: string | null;
                            };
                            type: string;
                        }[];
                        validation: {
                            checks: {
                                /** @description A webhook validator's check only: the `details` its receiver answered (any JSON; longer than 16 KiB of JSON, a string of its start, saying so). */
                                details?: unknown;
                                /** Format: date-time */
                                finishedAt: string;
                                message: string;
                                /** @description resources-ready, references, isolation, or validator:<name> (the assembly's validators). */
                                name: string;
                                /** @description The source resources it is about: for a failed check, those at fault. */
                                resourceIds: string[];
                                /** Format: date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "passed" | "failed" | "skipped";
                            }[];
                            /**
                             * @description running while the checks run (the recovery stays in-progress); skipped when nothing was recovered.
                             * @enum {string}
                             */
                            status: "running" | "passed" | "failed" | "skipped";
                        } | null;
                    });
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    startAwsCloudAssemblyRecovery: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    crossAccountConfiguration?: {
                        /**
                         * Format: int64
                         * @description The cloud connection (same project) of the account to rebuild in.
                         */
                        cloudConnectionId: number;
                        /** @enum {string} */
                        recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    };
                    crossRegionConfiguration?: {
                        /** @enum {string} */
                        recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    };
                    /** @description Optional: without it, each resource moves to the next zone of the region. */
                    crossZoneConfiguration?: {
                        /** @description A zone of the source region, e.g. us-east-1b. */
                        availabilityZone: string;
                    };
                    /** @description Answer 200 with the plan and its pre-flight checks; nothing is created or changed in the cloud (the checks only read it). */
                    dryRun?: boolean;
                    /** @description Start even though a pre-flight check failed: the resources of the failed checks, and what depends on them, are skipped. An unready target connection still refuses (409). */
                    force?: boolean;
                    /**
                     * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                     * @enum {string}
                     */
                    isolation?: "isolated" | "as-captured";
                    /** @description Default: the latest successful protection. */
                    protectionId?: string;
                    /**
                     * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                     * @enum {string}
                     */
                    recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                    recoveryName: string;
                    /**
                     * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                     * @enum {string}
                     */
                    recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                    /** @description The drill resets itself this long after it started (1 minute to 30 days). */
                    resetAfterMinutes?: number;
                    /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                    resourceFilterStrategy?: {
                        /** @enum {string} */
                        type: "all";
                    } | {
                        resourceIds: string[];
                        /** @enum {string} */
                        type: "custom";
                    } | {
                        /**
                         * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                         * @enum {string}
                         */
                        conditions?: "match-all-tags" | "match-any-tags";
                        /** @description The published Cloud Rewind tag filter. */
                        tagFilter?: {
                            /**
                             * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                             * @enum {string}
                             */
                            tagFilterCondition: "match-all-tags" | "match-any-tags";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                        };
                        tags?: {
                            key: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        type: "tags";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockers: {
                            reason: string;
                            sourceResourceId: string;
                        }[];
                        /** @description Pre-flight checks: a failed one stops the start unless force is given. */
                        checks: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        /** @enum {boolean} */
                        dryRun: true;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        notes: string[];
                        protectionId: string;
                        protectionTimestamp: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        steps: {
                            /** @enum {string} */
                            action: "create" | "restore" | "reuse" | "use-source" | "blocked";
                            blocker: string | null;
                            configuration: {
                                [key: string]: unknown;
                            };
                            dependencies: string[];
                            /** @description What the isolation took out of the configuration the resource is recreated with. */
                            droppedReferences: {
                                /** @description Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies. */
                                field: string;
                                reason: string;
                                /** @description What it named: a resource id, an ARN, a key pair. */
                                reference: string;
                            }[];
                            name: string;
                            note: string | null;
                            order: number;
                            /** @enum {string} */
                            reason: "selected" | "dependency";
                            snapshotId: string | null;
                            sourceRegion: string;
                            sourceResourceId: string;
                            targetRegion: string;
                            type: string;
                        }[];
                        summary: {
                            blocked: number;
                            create: number;
                            restore: number;
                            reuse: number;
                            total: number;
                            useSource: number;
                        };
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict: checks says which pre-flight checks failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pre-flight checks: a failed one stops the start unless force is given. */
                        checks?: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudAssemblyRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description AWS Recovery ID */
                id: string;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    } & {
                        /** @description Pre-flight checks: a failed one stops the start unless force is given. */
                        checks: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        /** @description Started with force past a failed check (its resources are skipped, with the check as their error). */
                        forced: boolean;
                        recoveryDuration: number | null;
                        recoveryEndTime: string | null;
                        recoveryErrorMessage: string | null;
                        recoveryStartTime: string | null;
                        resetStartTime: string | null;
                        resources: {
                            /** @enum {string} */
                            action: "create" | "restore" | "reuse" | "use-source" | "blocked";
                            /** @description What the isolation took out of the configuration the resource is recreated with. */
                            droppedReferences: {
                                /** @description Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies. */
                                field: string;
                                reason: string;
                                /** @description What it named: a resource id, an ARN, a key pair. */
                                reference: string;
                            }[];
                            durationSeconds: number | null;
                            error: string | null;
                            finishedAt: string | null;
                            name: string;
                            note: string | null;
                            /** @description Dependency level: everything of a lower order is recovered first; a reset goes the other way. */
                            order: number;
                            readyAt: string | null;
                            recoveredArn: string | null;
                            recoveredResourceId: string | null;
                            snapshotId: string | null;
                            sourceRegion: string;
                            sourceResourceId: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "recovered" | "mapped" | "failed" | "skipped" | "deleted" | "delete-failed";
                            transfer?: {
                                cleanup: ("delete-receive-copy" | "unshare" | "delete-share-copy") | null;
                                error: string | null;
                                keyManager: ("aws" | "customer") | null;
                                lastStep: ("describe" | "source-key" | "share-copy" | "share" | "target-key" | "receive") | null;
                                method: ("share" | "copy-then-share" | "unsupported") | null;
                                reason: string | null;
                                receivedSnapshotId: string | null;
                                shareCopyId: string | null;
                                shareKeyArn: string | null;
                                /** @description The protection's snapshot (or replica copy) in the source account. */
                                snapshotId: string;
                                sourceAccountId: string;
                                sourceKmsKeyId: string | null;
                                /** @enum {string} */
                                status: "pending" | "completed" | "failed";
                                targetAccountId: string;
                                targetKeyArn: string | null;
                            };
                            type: string;
                        }[];
                        validation: {
                            checks: {
                                /** @description A webhook validator's check only: the `details` its receiver answered (any JSON; longer than 16 KiB of JSON, a string of its start, saying so). */
                                details?: unknown;
                                /** Format: date-time */
                                finishedAt: string;
                                message: string;
                                /** @description resources-ready, references, isolation, or validator:<name> (the assembly's validators). */
                                name: string;
                                /** @description The source resources it is about: for a failed check, those at fault. */
                                resourceIds: string[];
                                /** Format: date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "passed" | "failed" | "skipped";
                            }[];
                            /**
                             * @description running while the checks run (the recovery stays in-progress); skipped when nothing was recovered.
                             * @enum {string}
                             */
                            status: "running" | "passed" | "failed" | "skipped";
                        } | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    cancelAwsCloudAssemblyRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description AWS Recovery ID */
                id: string;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudAssemblyRecoveryReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description AWS Recovery ID */
                id: string;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The pre-flight checks of the start. */
                        checks: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        cloudAssemblyName: string;
                        finishedAt: string | null;
                        forced: boolean;
                        /** Format: date-time */
                        generatedAt: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        measured: {
                            rpoSeconds: number | null;
                            rtoSeconds: number | null;
                        };
                        recoveryId: string;
                        recoveryName: string;
                        recoveryPoint: {
                            protectionId: string;
                            protectionTimestamp: string | null;
                        };
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        reset: {
                            deletedCount: number;
                            finishedAt: string | null;
                            leftovers: {
                                /** @description Resources still tagged with the recovery id: zero after a clean reset. */
                                count: number;
                                /** @description The regions of the target account asked. */
                                regions: string[];
                                resources: {
                                    arn: string;
                                    region: string;
                                    resourceId: string;
                                    type: string;
                                }[];
                            } | null;
                            leftoversError: string | null;
                            message: string;
                            requestedAt: string | null;
                            requestedBy: string | null;
                            /** @description not-run: no reset has been asked for; what the recovery made is still there. */
                            status: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | "not-run";
                        };
                        resources: {
                            /** @enum {string} */
                            action: "create" | "restore" | "reuse" | "use-source" | "blocked";
                            /** @description What the isolation took out of the configuration the resource is recreated with. */
                            droppedReferences: {
                                /** @description Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies. */
                                field: string;
                                reason: string;
                                /** @description What it named: a resource id, an ARN, a key pair. */
                                reference: string;
                            }[];
                            durationSeconds: (number | null) & (number | null);
                            error: string | null;
                            finishedAt: (string | null) & (string | null);
                            name: string;
                            note: string | null;
                            /** @description Dependency level: everything of a lower order is recovered first; a reset goes the other way. */
                            order: number;
                            /**
                             * @description How the recovery ended for it, whatever the reset did since: a resource the reset deleted was recovered.
                             * @enum {string}
                             */
                            outcome: "recovered" | "mapped" | "failed" | "skipped" | "blocked" | "pending";
                            readyAt: string | null;
                            recoveredArn: string | null;
                            recoveredResourceId: string | null;
                            snapshotId: string | null;
                            sourceRegion: string;
                            sourceResourceId: string;
                            startedAt: (string | null) & (string | null);
                            /** @enum {string} */
                            status: "pending" | "recovered" | "mapped" | "failed" | "skipped" | "deleted" | "delete-failed";
                            transfer?: {
                                cleanup: ("delete-receive-copy" | "unshare" | "delete-share-copy") | null;
                                error: string | null;
                                keyManager: ("aws" | "customer") | null;
                                lastStep: ("describe" | "source-key" | "share-copy" | "share" | "target-key" | "receive") | null;
                                method: ("share" | "copy-then-share" | "unsupported") | null;
                                reason: string | null;
                                receivedSnapshotId: string | null;
                                shareCopyId: string | null;
                                shareKeyArn: string | null;
                                /** @description The protection's snapshot (or replica copy) in the source account. */
                                snapshotId: string;
                                sourceAccountId: string;
                                sourceKmsKeyId: string | null;
                                /** @enum {string} */
                                status: "pending" | "completed" | "failed";
                                targetAccountId: string;
                                targetKeyArn: string | null;
                            };
                            type: string;
                        }[];
                        startedAt: string | null;
                        statusMessage: string | null;
                        summary: {
                            blocked: number;
                            failed: number;
                            mapped: number;
                            recovered: number;
                            skipped: number;
                            total: number;
                        };
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** @description The assembly's targets; null when it sets none. */
                        targets: {
                            rpoTargetMinutes: number | null;
                            rtoTargetMinutes: number | null;
                        };
                        /**
                         * @description measured: resources carry their start and end; order-only: only their dependency order is known.
                         * @enum {string}
                         */
                        timing: "measured" | "order-only";
                        validation: {
                            checks: {
                                /** @description A webhook validator's check only: what its receiver answered as details. */
                                details?: unknown;
                                message: string | null;
                                name: string;
                                resourceIds: string[];
                                /** @description passed, failed or skipped */
                                status: string;
                            }[];
                            /** @enum {string} */
                            status: "passed" | "failed" | "skipped";
                        } | null;
                    };
                    "text/html": string;
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    resetAwsCloudAssemblyRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description AWS Recovery ID */
                id: string;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsRecoveryResetStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer only if the resource still has one of these ETags: 412 otherwise. */
                "if-match"?: string;
                /** @description The ETag already held: 304 without a body while it is current. */
                "if-none-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description AWS Recovery ID */
                id: string;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Contains the recovery reset failure reasons if the reset operation fails. */
                        message: string;
                        /**
                         * @description Status of the reset operation (seed 003).
                         * @enum {string}
                         */
                        status: "pending" | "in-progress" | "stalled" | "completed" | "failed";
                    };
                };
            };
            /** @description Not Modified: the ETag sent in If-None-Match is still current (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    startAwsCloudAssemblyConfigOnlyRecovery: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                assemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    crossAccountConfiguration?: {
                        /**
                         * Format: int64
                         * @description The cloud connection (same project) of the account to rebuild in.
                         */
                        cloudConnectionId: number;
                        /** @enum {string} */
                        recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    };
                    crossRegionConfiguration?: {
                        /** @enum {string} */
                        recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    };
                    /** @description Answer 200 with the plan and its pre-flight checks; nothing is created or changed in the cloud (the checks only read it). */
                    dryRun?: boolean;
                    /** @description Start even though a pre-flight check failed: the resources of the failed checks, and what depends on them, are skipped. An unready target connection still refuses (409). */
                    force?: boolean;
                    /**
                     * @description Always isolated: a copy never names the source's data resources it leaves out.
                     * @enum {string}
                     */
                    isolation?: "isolated";
                    /** @description Default: the latest successful protection. */
                    protectionId?: string;
                    /**
                     * @description A configuration-only recovery rebuilds (the only mode the page allows).
                     * @enum {string}
                     */
                    recoveryMode?: "rebuild";
                    recoveryName: string;
                    /**
                     * @description Where to rebuild the configuration: the source region, another region, or another account.
                     * @enum {string}
                     */
                    recoveryScope: "same-region" | "cross-region" | "cross-account";
                    /** @description The drill resets itself this long after it started (1 minute to 30 days). */
                    resetAfterMinutes?: number;
                    /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                    resourceFilterStrategy?: {
                        /** @enum {string} */
                        type: "all";
                    } | {
                        resourceIds: string[];
                        /** @enum {string} */
                        type: "custom";
                    } | {
                        /**
                         * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                         * @enum {string}
                         */
                        conditions?: "match-all-tags" | "match-any-tags";
                        /** @description The published Cloud Rewind tag filter. */
                        tagFilter?: {
                            /**
                             * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                             * @enum {string}
                             */
                            tagFilterCondition: "match-all-tags" | "match-any-tags";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                        };
                        tags?: {
                            key: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        type: "tags";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockers: {
                            reason: string;
                            sourceResourceId: string;
                        }[];
                        /** @description Pre-flight checks: a failed one stops the start unless force is given. */
                        checks: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        /** @enum {boolean} */
                        dryRun: true;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        notes: string[];
                        protectionId: string;
                        protectionTimestamp: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        steps: {
                            /** @enum {string} */
                            action: "create" | "restore" | "reuse" | "use-source" | "blocked";
                            blocker: string | null;
                            configuration: {
                                [key: string]: unknown;
                            };
                            dependencies: string[];
                            /** @description What the isolation took out of the configuration the resource is recreated with. */
                            droppedReferences: {
                                /** @description Where it was in the configuration (ingress[1].sourceSecurityGroupId), or dependencies. */
                                field: string;
                                reason: string;
                                /** @description What it named: a resource id, an ARN, a key pair. */
                                reference: string;
                            }[];
                            name: string;
                            note: string | null;
                            order: number;
                            /** @enum {string} */
                            reason: "selected" | "dependency";
                            snapshotId: string | null;
                            sourceRegion: string;
                            sourceResourceId: string;
                            targetRegion: string;
                            type: string;
                        }[];
                        summary: {
                            blocked: number;
                            create: number;
                            restore: number;
                            reuse: number;
                            total: number;
                            useSource: number;
                        };
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** @description A configuration-only recovery (POST …/recoveries/config-only): data resources were left out. */
                        configurationOnly: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        failedCount: number;
                        finishedAt: string | null;
                        id: string;
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation: "isolated" | "as-captured";
                        mappedCount: number;
                        projectId: string;
                        protectionId: string;
                        recoveredCount: number;
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode: "rebuild" | "reuse-existing" | "use-source";
                        recoveryName: string;
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @enum {string} */
                        recoveryStatus: "pending" | "in-progress" | "completed" | "partially-completed" | "failed" | "aborted";
                        resetAfterMinutes: number | null;
                        resetDeletedCount: number;
                        resetDueAt: string | null;
                        resetFinishedAt: string | null;
                        resetMessage: string | null;
                        resetRequestedAt: string | null;
                        resetRequestedBy: string | null;
                        resetStatus: ("pending" | "in-progress" | "stalled" | "completed" | "failed") | null;
                        resourceCount: number;
                        /** @description {type: all}, {type: custom, resourceIds}, or {type: tags, tagFilter: {tagFilterCondition, tags}} (also as conditions and tags). */
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        skippedCount: number;
                        startedAt: string | null;
                        statusMessage: string | null;
                        targetAvailabilityZone: string | null;
                        /** Format: int64 */
                        targetCloudConnectionId: number;
                        targetRegion: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict: checks says which pre-flight checks failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pre-flight checks: a failed one stops the start unless force is given. */
                        checks?: {
                            message: string;
                            /** @description target-connection, services-and-regions, quota:<name>, instance-type-offerings, snapshots, snapshot-transfer, name-collisions, recovery-point-age. */
                            name: string;
                            /** @description The source resources it is about; a forced start skips those of a failed check. */
                            resourceIds: string[];
                            /** @enum {string} */
                            status: "passed" | "warning" | "failed";
                        }[];
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudAssembly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteAwsCloudAssembly: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listDrillPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /**
                         * Format: int64
                         * @description The cloud assembly it drills.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Drill policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        projectId: string;
                        /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                        recovery: {
                            crossAccountConfiguration?: {
                                /**
                                 * Format: int64
                                 * @description The cloud connection (same project) of the account to rebuild in.
                                 */
                                cloudConnectionId: number;
                                /** @enum {string} */
                                recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            crossRegionConfiguration?: {
                                /** @enum {string} */
                                recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            /** @description Optional: without it, each resource moves to the next zone of the region. */
                            crossZoneConfiguration?: {
                                /** @description A zone of the source region, e.g. us-east-1b. */
                                availabilityZone: string;
                            };
                            /**
                             * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                             * @enum {string}
                             */
                            isolation?: "isolated" | "as-captured";
                            /**
                             * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                             * @enum {string}
                             */
                            recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                            /**
                             * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                             * @enum {string}
                             */
                            recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                            /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                            resourceFilterStrategy?: {
                                /** @enum {string} */
                                type: "all";
                            } | {
                                resourceIds: string[];
                                /** @enum {string} */
                                type: "custom";
                            } | {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                conditions?: "match-all-tags" | "match-any-tags";
                                /** @description The published Cloud Rewind tag filter. */
                                tagFilter?: {
                                    /**
                                     * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                     * @enum {string}
                                     */
                                    tagFilterCondition: "match-all-tags" | "match-any-tags";
                                    tags: {
                                        key: string;
                                        value: string;
                                    }[];
                                };
                                tags?: {
                                    key: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                type: "tags";
                            };
                        };
                        resetAfterMinutes: number;
                        /** @enum {string} */
                        status: "enabled" | "paused";
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createDrillPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone. */
                    cronExpression?: string | null;
                    description?: string;
                    /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                    frequencyDetails?: {
                        /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                        daysOfMonth?: number[];
                        /** @description Weekly: required. */
                        daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                        /** @description Hours of the day (daily and coarser). Default [0]. */
                        hours?: number[];
                        /** @description Yearly. Default [JANUARY]. */
                        months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                        /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                        offset?: number;
                    };
                    /** @enum {string} */
                    frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                    /** @description Unique in the project. */
                    name: string;
                    /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                    recovery?: {
                        crossAccountConfiguration?: {
                            /**
                             * Format: int64
                             * @description The cloud connection (same project) of the account to rebuild in.
                             */
                            cloudConnectionId: number;
                            /** @enum {string} */
                            recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                        };
                        crossRegionConfiguration?: {
                            /** @enum {string} */
                            recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                        };
                        /** @description Optional: without it, each resource moves to the next zone of the region. */
                        crossZoneConfiguration?: {
                            /** @description A zone of the source region, e.g. us-east-1b. */
                            availabilityZone: string;
                        };
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation?: "isolated" | "as-captured";
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                        resourceFilterStrategy?: {
                            /** @enum {string} */
                            type: "all";
                        } | {
                            resourceIds: string[];
                            /** @enum {string} */
                            type: "custom";
                        } | {
                            /**
                             * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                             * @enum {string}
                             */
                            conditions?: "match-all-tags" | "match-any-tags";
                            /** @description The published Cloud Rewind tag filter. */
                            tagFilter?: {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                tagFilterCondition: "match-all-tags" | "match-any-tags";
                                tags: {
                                    key: string;
                                    value: string;
                                }[];
                            };
                            tags?: {
                                key: string;
                                value: string;
                            }[];
                            /** @enum {string} */
                            type: "tags";
                        };
                    };
                    /** @description The drill resets its recovery this long after the recovery started (1 minute to 7 days). */
                    resetAfterMinutes: number;
                    /**
                     * @description Default enabled.
                     * @enum {string}
                     */
                    status?: "enabled" | "paused";
                    /** @description IANA time zone (Europe/Berlin) or UTC. Default UTC. */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /**
                         * Format: int64
                         * @description The cloud assembly it drills.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Drill policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        projectId: string;
                        /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                        recovery: {
                            crossAccountConfiguration?: {
                                /**
                                 * Format: int64
                                 * @description The cloud connection (same project) of the account to rebuild in.
                                 */
                                cloudConnectionId: number;
                                /** @enum {string} */
                                recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            crossRegionConfiguration?: {
                                /** @enum {string} */
                                recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            /** @description Optional: without it, each resource moves to the next zone of the region. */
                            crossZoneConfiguration?: {
                                /** @description A zone of the source region, e.g. us-east-1b. */
                                availabilityZone: string;
                            };
                            /**
                             * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                             * @enum {string}
                             */
                            isolation?: "isolated" | "as-captured";
                            /**
                             * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                             * @enum {string}
                             */
                            recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                            /**
                             * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                             * @enum {string}
                             */
                            recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                            /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                            resourceFilterStrategy?: {
                                /** @enum {string} */
                                type: "all";
                            } | {
                                resourceIds: string[];
                                /** @enum {string} */
                                type: "custom";
                            } | {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                conditions?: "match-all-tags" | "match-any-tags";
                                /** @description The published Cloud Rewind tag filter. */
                                tagFilter?: {
                                    /**
                                     * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                     * @enum {string}
                                     */
                                    tagFilterCondition: "match-all-tags" | "match-any-tags";
                                    tags: {
                                        key: string;
                                        value: string;
                                    }[];
                                };
                                tags?: {
                                    key: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                type: "tags";
                            };
                        };
                        resetAfterMinutes: number;
                        /** @enum {string} */
                        status: "enabled" | "paused";
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getDrillPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Drill policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /**
                         * Format: int64
                         * @description The cloud assembly it drills.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Drill policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        projectId: string;
                        /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                        recovery: {
                            crossAccountConfiguration?: {
                                /**
                                 * Format: int64
                                 * @description The cloud connection (same project) of the account to rebuild in.
                                 */
                                cloudConnectionId: number;
                                /** @enum {string} */
                                recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            crossRegionConfiguration?: {
                                /** @enum {string} */
                                recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            /** @description Optional: without it, each resource moves to the next zone of the region. */
                            crossZoneConfiguration?: {
                                /** @description A zone of the source region, e.g. us-east-1b. */
                                availabilityZone: string;
                            };
                            /**
                             * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                             * @enum {string}
                             */
                            isolation?: "isolated" | "as-captured";
                            /**
                             * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                             * @enum {string}
                             */
                            recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                            /**
                             * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                             * @enum {string}
                             */
                            recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                            /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                            resourceFilterStrategy?: {
                                /** @enum {string} */
                                type: "all";
                            } | {
                                resourceIds: string[];
                                /** @enum {string} */
                                type: "custom";
                            } | {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                conditions?: "match-all-tags" | "match-any-tags";
                                /** @description The published Cloud Rewind tag filter. */
                                tagFilter?: {
                                    /**
                                     * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                     * @enum {string}
                                     */
                                    tagFilterCondition: "match-all-tags" | "match-any-tags";
                                    tags: {
                                        key: string;
                                        value: string;
                                    }[];
                                };
                                tags?: {
                                    key: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                type: "tags";
                            };
                        };
                        resetAfterMinutes: number;
                        /** @enum {string} */
                        status: "enabled" | "paused";
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateDrillPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Drill policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone. */
                    cronExpression?: string | null;
                    description?: string;
                    /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                    frequencyDetails?: {
                        /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                        daysOfMonth?: number[];
                        /** @description Weekly: required. */
                        daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                        /** @description Hours of the day (daily and coarser). Default [0]. */
                        hours?: number[];
                        /** @description Yearly. Default [JANUARY]. */
                        months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                        /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                        offset?: number;
                    };
                    /** @enum {string} */
                    frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                    /** @description Unique in the project. */
                    name: string;
                    /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                    recovery?: {
                        crossAccountConfiguration?: {
                            /**
                             * Format: int64
                             * @description The cloud connection (same project) of the account to rebuild in.
                             */
                            cloudConnectionId: number;
                            /** @enum {string} */
                            recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                        };
                        crossRegionConfiguration?: {
                            /** @enum {string} */
                            recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                        };
                        /** @description Optional: without it, each resource moves to the next zone of the region. */
                        crossZoneConfiguration?: {
                            /** @description A zone of the source region, e.g. us-east-1b. */
                            availabilityZone: string;
                        };
                        /**
                         * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                         * @enum {string}
                         */
                        isolation?: "isolated" | "as-captured";
                        /**
                         * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                         * @enum {string}
                         */
                        recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                        /**
                         * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                         * @enum {string}
                         */
                        recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                        /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                        resourceFilterStrategy?: {
                            /** @enum {string} */
                            type: "all";
                        } | {
                            resourceIds: string[];
                            /** @enum {string} */
                            type: "custom";
                        } | {
                            /**
                             * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                             * @enum {string}
                             */
                            conditions?: "match-all-tags" | "match-any-tags";
                            /** @description The published Cloud Rewind tag filter. */
                            tagFilter?: {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                tagFilterCondition: "match-all-tags" | "match-any-tags";
                                tags: {
                                    key: string;
                                    value: string;
                                }[];
                            };
                            tags?: {
                                key: string;
                                value: string;
                            }[];
                            /** @enum {string} */
                            type: "tags";
                        };
                    };
                    /** @description The drill resets its recovery this long after the recovery started (1 minute to 7 days). */
                    resetAfterMinutes: number;
                    /** @description IANA time zone (Europe/Berlin) or UTC. Default UTC. */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /**
                         * Format: int64
                         * @description The cloud assembly it drills.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Drill policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        projectId: string;
                        /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                        recovery: {
                            crossAccountConfiguration?: {
                                /**
                                 * Format: int64
                                 * @description The cloud connection (same project) of the account to rebuild in.
                                 */
                                cloudConnectionId: number;
                                /** @enum {string} */
                                recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            crossRegionConfiguration?: {
                                /** @enum {string} */
                                recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            /** @description Optional: without it, each resource moves to the next zone of the region. */
                            crossZoneConfiguration?: {
                                /** @description A zone of the source region, e.g. us-east-1b. */
                                availabilityZone: string;
                            };
                            /**
                             * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                             * @enum {string}
                             */
                            isolation?: "isolated" | "as-captured";
                            /**
                             * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                             * @enum {string}
                             */
                            recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                            /**
                             * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                             * @enum {string}
                             */
                            recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                            /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                            resourceFilterStrategy?: {
                                /** @enum {string} */
                                type: "all";
                            } | {
                                resourceIds: string[];
                                /** @enum {string} */
                                type: "custom";
                            } | {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                conditions?: "match-all-tags" | "match-any-tags";
                                /** @description The published Cloud Rewind tag filter. */
                                tagFilter?: {
                                    /**
                                     * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                     * @enum {string}
                                     */
                                    tagFilterCondition: "match-all-tags" | "match-any-tags";
                                    tags: {
                                        key: string;
                                        value: string;
                                    }[];
                                };
                                tags?: {
                                    key: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                type: "tags";
                            };
                        };
                        resetAfterMinutes: number;
                        /** @enum {string} */
                        status: "enabled" | "paused";
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteDrillPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Drill policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    runDrillPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Drill policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        drillPolicyId: number;
                        finishedAt: string | null;
                        /**
                         * Format: int64
                         * @description Drill run ID.
                         */
                        id: number;
                        leftovers: number | null;
                        outcome: ("passed" | "failed") | null;
                        recoveryId: string | null;
                        recoveryStatus: string | null;
                        reportUrl: string | null;
                        resetStatus: string | null;
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        slotAt: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "recovering" | "resetting" | "completed" | "failed" | "skipped";
                        statusMessage: string | null;
                        /** @enum {string} */
                        trigger: "schedule" | "manual";
                        validationStatus: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listDrillRuns: {
        parameters: {
            query?: never;
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Drill policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        drillPolicyId: number;
                        finishedAt: string | null;
                        /**
                         * Format: int64
                         * @description Drill run ID.
                         */
                        id: number;
                        leftovers: number | null;
                        outcome: ("passed" | "failed") | null;
                        recoveryId: string | null;
                        recoveryStatus: string | null;
                        reportUrl: string | null;
                        resetStatus: string | null;
                        rpoSeconds: number | null;
                        rtoSeconds: number | null;
                        slotAt: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "recovering" | "resetting" | "completed" | "failed" | "skipped";
                        statusMessage: string | null;
                        /** @enum {string} */
                        trigger: "schedule" | "manual";
                        validationStatus: string | null;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateDrillPolicyStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Drill policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "enabled" | "paused";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /**
                         * Format: int64
                         * @description The cloud assembly it drills.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Drill policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        projectId: string;
                        /** @description As the start-recovery body (default same-region, rebuild, isolated, all resources). */
                        recovery: {
                            crossAccountConfiguration?: {
                                /**
                                 * Format: int64
                                 * @description The cloud connection (same project) of the account to rebuild in.
                                 */
                                cloudConnectionId: number;
                                /** @enum {string} */
                                recoveryRegion?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            crossRegionConfiguration?: {
                                /** @enum {string} */
                                recoveryRegion: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                            };
                            /** @description Optional: without it, each resource moves to the next zone of the region. */
                            crossZoneConfiguration?: {
                                /** @description A zone of the source region, e.g. us-east-1b. */
                                availabilityZone: string;
                            };
                            /**
                             * @description isolated (default): no recovered resource names anything outside the recovery (group rules, routes, instance profiles, key pairs); as-captured: such references name the existing resource in the source's own account and region, and a recovered copy of the captured dependency elsewhere.
                             * @enum {string}
                             */
                            isolation?: "isolated" | "as-captured";
                            /**
                             * @description rebuild everything; reuse what still exists in the target (data is always restored); or keep using the source network (same region only).
                             * @enum {string}
                             */
                            recoveryMode?: "rebuild" | "reuse-existing" | "use-source";
                            /**
                             * @description Where to rebuild: the source region, another region, another zone of the source region, or another account (a second cloud connection).
                             * @enum {string}
                             */
                            recoveryScope?: "same-region" | "cross-region" | "cross-zone" | "cross-account";
                            /** @description all of the protection's resources, custom (resource ids), or tags; their dependencies come with them. */
                            resourceFilterStrategy?: {
                                /** @enum {string} */
                                type: "all";
                            } | {
                                resourceIds: string[];
                                /** @enum {string} */
                                type: "custom";
                            } | {
                                /**
                                 * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                 * @enum {string}
                                 */
                                conditions?: "match-all-tags" | "match-any-tags";
                                /** @description The published Cloud Rewind tag filter. */
                                tagFilter?: {
                                    /**
                                     * @description match-all-tags: a resource carries every tag; match-any-tags: at least one.
                                     * @enum {string}
                                     */
                                    tagFilterCondition: "match-all-tags" | "match-any-tags";
                                    tags: {
                                        key: string;
                                        value: string;
                                    }[];
                                };
                                tags?: {
                                    key: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                type: "tags";
                            };
                        };
                        resetAfterMinutes: number;
                        /** @enum {string} */
                        status: "enabled" | "paused";
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudAssemblyGeneralInformation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name: string;
                    rpoTargetMinutes?: number | null;
                    rtoTargetMinutes?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listProtectionPolicies: {
        parameters: {
            query?: {
                /** @description How the filters combine. Default and. */
                filter_condition?: "and" | "or";
                /** @description Part of the name, any case. */
                name?: string;
                /** @description Default created-at. */
                sort_by?: "name" | "created-at";
                /** @description Default asc. */
                sort_order?: "asc" | "desc";
                /** @description Repeat to match several. */
                status?: ("enabled" | "disabled" | "paused" | "error" | "schedule-create-failed" | "delete-pending" | "delete-in-progress" | "delete-snapshots" | "delete-resources" | "delete-failed")[];
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        activation: {
                            /**
                             * Format: date-time
                             * @description When the schedule started (or starts).
                             */
                            startTime: string;
                            /** @enum {string} */
                            type: "now" | "at";
                        };
                        /**
                         * Format: int64
                         * @description The cloud assembly it protects.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Protection policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        policyTemplateId: number | null;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "paused" | "error" | "schedule-create-failed" | "delete-pending" | "delete-in-progress" | "delete-snapshots" | "delete-resources" | "delete-failed";
                        statusMessage: string | null;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createProtectionPolicy: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description When the schedule starts. Default now. */
                    activation?: {
                        /** @enum {string} */
                        type: "now";
                    } | {
                        /**
                         * Format: date-time
                         * @description RFC 3339; not in the past.
                         */
                        startTime: string;
                        /** @enum {string} */
                        type: "at";
                    };
                    /** @description custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone. */
                    cronExpression?: string | null;
                    description?: string;
                    /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                    frequencyDetails?: {
                        /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                        daysOfMonth?: number[];
                        /** @description Weekly: required. */
                        daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                        /** @description Hours of the day (daily and coarser). Default [0]. */
                        hours?: number[];
                        /** @description Yearly. Default [JANUARY]. */
                        months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                        /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                        offset?: number;
                    };
                    /**
                     * @description Required without policyTemplateId.
                     * @enum {string}
                     */
                    frequencyType?: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                    /** @description Unique in the project. Required without policyTemplateId; with one, the template's name by default. */
                    name?: string;
                    /**
                     * Format: int64
                     * @description A policy template of the project: the policy takes its schedule and retention (and, on create, its name when none is given); leave the schedule fields out then.
                     */
                    policyTemplateId?: number;
                    /** @description Protections kept in each replica region. Default retentionCount. */
                    replicaRetentionCount?: number;
                    /** @description Protections kept. Default 7. */
                    retentionCount?: number;
                    /**
                     * @description Default enabled. One enabled policy per assembly.
                     * @enum {string}
                     */
                    status?: "enabled" | "paused";
                    /** @description IANA time zone (Europe/Berlin) or UTC. Default UTC. */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description The schedule fields are the one in effect: the template's, or the policy's own. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        activation: {
                            /**
                             * Format: date-time
                             * @description When the schedule started (or starts).
                             */
                            startTime: string;
                            /** @enum {string} */
                            type: "now" | "at";
                        };
                        /**
                         * Format: int64
                         * @description The cloud assembly it protects.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Protection policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        policyTemplateId: number | null;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "paused" | "error" | "schedule-create-failed" | "delete-pending" | "delete-in-progress" | "delete-snapshots" | "delete-resources" | "delete-failed";
                        statusMessage: string | null;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getProtectionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Protection policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule fields are the one in effect: the template's, or the policy's own. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        activation: {
                            /**
                             * Format: date-time
                             * @description When the schedule started (or starts).
                             */
                            startTime: string;
                            /** @enum {string} */
                            type: "now" | "at";
                        };
                        /**
                         * Format: int64
                         * @description The cloud assembly it protects.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Protection policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        policyTemplateId: number | null;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "paused" | "error" | "schedule-create-failed" | "delete-pending" | "delete-in-progress" | "delete-snapshots" | "delete-resources" | "delete-failed";
                        statusMessage: string | null;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateProtectionPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Protection policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description When the schedule starts. Default now. */
                    activation?: {
                        /** @enum {string} */
                        type: "now";
                    } | {
                        /**
                         * Format: date-time
                         * @description RFC 3339; not in the past.
                         */
                        startTime: string;
                        /** @enum {string} */
                        type: "at";
                    };
                    /** @description custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone. */
                    cronExpression?: string | null;
                    description?: string;
                    /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                    frequencyDetails?: {
                        /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                        daysOfMonth?: number[];
                        /** @description Weekly: required. */
                        daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                        /** @description Hours of the day (daily and coarser). Default [0]. */
                        hours?: number[];
                        /** @description Yearly. Default [JANUARY]. */
                        months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                        /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                        offset?: number;
                    };
                    /**
                     * @description Required without policyTemplateId.
                     * @enum {string}
                     */
                    frequencyType?: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                    /** @description Unique in the project. */
                    name: string;
                    /**
                     * Format: int64
                     * @description A policy template of the project: the policy takes its schedule and retention (and, on create, its name when none is given); leave the schedule fields out then.
                     */
                    policyTemplateId?: number;
                    /** @description Protections kept in each replica region. Default retentionCount. */
                    replicaRetentionCount?: number;
                    /** @description Protections kept. Default 7. */
                    retentionCount?: number;
                    /** @description IANA time zone (Europe/Berlin) or UTC. Default UTC. */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description The schedule fields are the one in effect: the template's, or the policy's own. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        activation: {
                            /**
                             * Format: date-time
                             * @description When the schedule started (or starts).
                             */
                            startTime: string;
                            /** @enum {string} */
                            type: "now" | "at";
                        };
                        /**
                         * Format: int64
                         * @description The cloud assembly it protects.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Protection policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        policyTemplateId: number | null;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "paused" | "error" | "schedule-create-failed" | "delete-pending" | "delete-in-progress" | "delete-snapshots" | "delete-resources" | "delete-failed";
                        statusMessage: string | null;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteProtectionPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Protection policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateProtectionPolicyStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Protection policy ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "enabled" | "paused";
                };
            };
        };
        responses: {
            /** @description The schedule fields are the one in effect: the template's, or the policy's own. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        activation: {
                            /**
                             * Format: date-time
                             * @description When the schedule started (or starts).
                             */
                            startTime: string;
                            /** @enum {string} */
                            type: "now" | "at";
                        };
                        /**
                         * Format: int64
                         * @description The cloud assembly it protects.
                         */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Protection policy ID.
                         */
                        id: number;
                        lastRunAt: string | null;
                        name: string;
                        nextRunAt: string | null;
                        policyTemplateId: number | null;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "paused" | "error" | "schedule-create-failed" | "delete-pending" | "delete-in-progress" | "delete-snapshots" | "delete-resources" | "delete-failed";
                        statusMessage: string | null;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudAssemblyProtectionStrategy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
        requestBody: {
            content: {
                "application/json": {
                    awsDynamoDBProtectionOptions?: {
                        /** @description Whether protection of these resources is enabled. */
                        isEnabled?: boolean;
                    };
                    awsLambdaProtectionOptions?: {
                        /** @description Whether protection of these resources is enabled. */
                        isEnabled?: boolean;
                        replicaRegionBucketDetails?: {
                            /**
                             * Format: int64
                             * @description The cloud connection of the replica bucket.
                             */
                            cloudConnectionId?: number;
                            name?: string;
                            /** @enum {string} */
                            region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                        }[];
                        /** @description The source-region bucket (versioned) for Lambda protection backups. */
                        sourceBucketName?: string;
                    };
                    awsRoute53ProtectionOptions?: {
                        /** @description Whether protection of these resources is enabled. */
                        isEnabled?: boolean;
                        /**
                         * Format: int64
                         * @description The Route 53 enabled cloud connection.
                         */
                        route53HostedZoneCloudConnectionId?: number;
                    };
                    awsSnsProtectionOptions?: {
                        /** @description Whether protection of these resources is enabled. */
                        isEnabled?: boolean;
                    };
                    awsSqsProtectionOptions?: {
                        /** @description Whether protection of these resources is enabled. */
                        isEnabled?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAwsCloudAssemblyProtections: {
        parameters: {
            query?: {
                /** @description Epoch ms, inclusive. */
                end_time?: number;
                /** @description Epoch ms, inclusive. */
                start_time?: number;
                status?: ("created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed")[];
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dataResourceCount: number;
                        /** @description Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount). */
                        dependencyCount: number;
                        finishedAt: string | null;
                        hasRecovery: boolean;
                        id: string;
                        locked: boolean;
                        /** @description A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000). */
                        name: string;
                        projectId: string;
                        protectionPolicyId: number | null;
                        replicaRegions: string[];
                        resourceCount: number;
                        scheduledFor: string | null;
                        snapshotsCompleted: number;
                        snapshotsFailed: number;
                        startedAt: string | null;
                        /**
                         * @description Status of the protection.
                         * @enum {string}
                         */
                        status: "created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed";
                        statusMessage: string | null;
                        /** @description The point on the timeline, epoch ms (createdAt). */
                        timestamp: number;
                        /** @enum {string} */
                        trigger: "manual" | "scheduled";
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    protectAwsCloudAssembly: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description No fields: the assembly says what to protect. */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dataResourceCount: number;
                        /** @description Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount). */
                        dependencyCount: number;
                        finishedAt: string | null;
                        hasRecovery: boolean;
                        id: string;
                        locked: boolean;
                        /** @description A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000). */
                        name: string;
                        projectId: string;
                        protectionPolicyId: number | null;
                        replicaRegions: string[];
                        resourceCount: number;
                        scheduledFor: string | null;
                        snapshotsCompleted: number;
                        snapshotsFailed: number;
                        startedAt: string | null;
                        /**
                         * @description Status of the protection.
                         * @enum {string}
                         */
                        status: "created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed";
                        statusMessage: string | null;
                        /** @description The point on the timeline, epoch ms (createdAt). */
                        timestamp: number;
                        /** @enum {string} */
                        trigger: "manual" | "scheduled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudAssemblyProtection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                protectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dataResourceCount: number;
                        /** @description Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount). */
                        dependencyCount: number;
                        finishedAt: string | null;
                        hasRecovery: boolean;
                        id: string;
                        locked: boolean;
                        /** @description A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000). */
                        name: string;
                        projectId: string;
                        protectionPolicyId: number | null;
                        replicaRegions: string[];
                        resourceCount: number;
                        scheduledFor: string | null;
                        snapshotsCompleted: number;
                        snapshotsFailed: number;
                        startedAt: string | null;
                        /**
                         * @description Status of the protection.
                         * @enum {string}
                         */
                        status: "created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed";
                        statusMessage: string | null;
                        /** @description The point on the timeline, epoch ms (createdAt). */
                        timestamp: number;
                        /** @enum {string} */
                        trigger: "manual" | "scheduled";
                        /** Format: date-time */
                        updatedAt: string;
                    } & {
                        resources: {
                            arn: string;
                            captureNote: string | null;
                            /**
                             * @description selected by the filter, or captured because the selection depends on it (configuration only, no data snapshot).
                             * @enum {string}
                             */
                            captureReason: "selected" | "dependency";
                            configuration: {
                                [key: string]: unknown;
                            };
                            dataResource: boolean;
                            dependencies: string[];
                            error: string | null;
                            name: string;
                            region: string;
                            replicas: {
                                [key: string]: {
                                    error?: string;
                                    snapshotId?: string;
                                    status: string;
                                };
                            };
                            resourceId: string;
                            service: string;
                            snapshotId: string | null;
                            /** @enum {string} */
                            snapshotStatus: "not-applicable" | "pending" | "completed" | "failed" | "deleted";
                            tags: {
                                [key: string]: string;
                            };
                            type: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    cancelAwsCloudAssemblyProtection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                protectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dataResourceCount: number;
                        /** @description Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount). */
                        dependencyCount: number;
                        finishedAt: string | null;
                        hasRecovery: boolean;
                        id: string;
                        locked: boolean;
                        /** @description A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000). */
                        name: string;
                        projectId: string;
                        protectionPolicyId: number | null;
                        replicaRegions: string[];
                        resourceCount: number;
                        scheduledFor: string | null;
                        snapshotsCompleted: number;
                        snapshotsFailed: number;
                        startedAt: string | null;
                        /**
                         * @description Status of the protection.
                         * @enum {string}
                         */
                        status: "created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed";
                        statusMessage: string | null;
                        /** @description The point on the timeline, epoch ms (createdAt). */
                        timestamp: number;
                        /** @enum {string} */
                        trigger: "manual" | "scheduled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    lockAwsCloudAssemblyProtection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                protectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locked: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        cancelRequested: boolean;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dataResourceCount: number;
                        /** @description Resources outside the selection that it depends on, directly or not: captured as configuration only (not in resourceCount). */
                        dependencyCount: number;
                        finishedAt: string | null;
                        hasRecovery: boolean;
                        id: string;
                        locked: boolean;
                        /** @description A name for the protection (the published list shows one): how it was started and its point on the timeline, UTC (scheduled-20261203-040000). */
                        name: string;
                        projectId: string;
                        protectionPolicyId: number | null;
                        replicaRegions: string[];
                        resourceCount: number;
                        scheduledFor: string | null;
                        snapshotsCompleted: number;
                        snapshotsFailed: number;
                        startedAt: string | null;
                        /**
                         * @description Status of the protection.
                         * @enum {string}
                         */
                        status: "created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed";
                        statusMessage: string | null;
                        /** @description The point on the timeline, epoch ms (createdAt). */
                        timestamp: number;
                        /** @enum {string} */
                        trigger: "manual" | "scheduled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsProtectionStatus: {
        parameters: {
            query: {
                /** @description AWS cloud assembly protection ID. */
                protection_id: string;
            };
            header?: {
                /** @description Answer only if the resource still has one of these ETags: 412 otherwise. */
                "if-match"?: string;
                /** @description The ETag already held: 304 without a body while it is current. */
                "if-none-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Status of the protection.
                         * @enum {string}
                         */
                        status: "created" | "preparing" | "preparation-completed" | "in-progress" | "partially-protected" | "success" | "skipped" | "failed" | "pruning-failed" | "elapsed";
                    };
                };
            };
            /** @description Not Modified: the ETag sent in If-None-Match is still current (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    previewAwsCloudAssemblyResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What the selected resources depend on, directly or not, outside the filter: a protection captures their configuration only (no data snapshot, even of a data resource). */
                        capturedDependencies: {
                            arn: string;
                            configuration: {
                                [key: string]: unknown;
                            };
                            dependencies: string[];
                            name: string;
                            region: string;
                            resourceId: string;
                            service: string;
                            tags: {
                                [key: string]: string;
                            };
                            type: string;
                        }[];
                        dependencyWarnings: {
                            message: string;
                            missingDependency: string;
                            missingType: string | null;
                            /**
                             * @description captured-as-configuration: in the source account and region, captured without data; not-found: deleted or another account's, so a recovery cannot rebuild it.
                             * @enum {string}
                             */
                            outcome: "captured-as-configuration" | "not-found";
                            resourceId: string;
                        }[];
                        resourceCount: number;
                        resources: {
                            arn: string;
                            configuration: {
                                [key: string]: unknown;
                            };
                            dependencies: string[];
                            name: string;
                            region: string;
                            resourceId: string;
                            service: string;
                            tags: {
                                [key: string]: string;
                            };
                            type: string;
                        }[];
                        unknownResourceIds: string[];
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudAssemblyResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allowCrossRegionRecovery?: boolean;
                    /**
                     * @description Flat form, tags filter: how the tags combine (default match-all-tags).
                     * @enum {string}
                     */
                    conditions?: "match-all-tags" | "match-any-tags";
                    /**
                     * @description The published flat form: manual (with resources), vpc (with vpcId) or tags (with tags and conditions). Give this or resourceFilterStrategy.
                     * @enum {string}
                     */
                    filterType?: "manual" | "vpc" | "tags";
                    /** @description Regions each protection's snapshots are copied to. */
                    replicaRegions?: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description manual (resource ids: resources, or resourceIds), vpc (everything in one VPC), or tags. */
                    resourceFilterStrategy?: {
                        /** @enum {string} */
                        filterType: "manual";
                        /** @description The same ids under Lifeboat's first spelling: give one of the two. */
                        resourceIds?: string[];
                        /** @description The cloud resource ids to protect (the published spelling). */
                        resources?: string[];
                    } | {
                        /** @enum {string} */
                        filterType: "vpc";
                        vpcId: string;
                    } | {
                        /** @enum {string} */
                        conditions: "match-all-tags" | "match-any-tags";
                        /** @enum {string} */
                        filterType: "tags";
                        tags: {
                            key: string;
                            value: string;
                        }[];
                    };
                    /** @description Flat form, manual filter: the cloud resource ids to protect. */
                    resources?: string[];
                    /** @description Flat form, tags filter: the tags to match. */
                    tags?: {
                        key: string;
                        value: string;
                    }[];
                    /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                    validators?: ({
                        /** @description A regular expression (JavaScript syntax) the response body must match. */
                        bodyMatch?: string;
                        expectedStatus: number;
                        name: string;
                        /** @description Default 10. */
                        timeoutSeconds?: number;
                        /** @enum {string} */
                        type: "http";
                        /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                        url: string;
                    } | {
                        name: string;
                        /** @description Signs each call (X-Lifeboat-Signature: v1=HMAC-SHA256(secret, "<timestamp>.<body>")). Write-only: answers say secretSet. Required for a new webhook validator; on PUT …/resources, leaving it out keeps the secret of the webhook validator of the same name. */
                        secret?: string;
                        /** @description The limit of the whole call (DNS, connect, request, answer), seconds; default 30. */
                        timeoutSeconds?: number;
                        /** @enum {string} */
                        type: "webhook";
                        /** @description The receiver: https (plain http and private addresses only with LIFEBOAT_WEBHOOK_ALLOW_PRIVATE), no credentials, a host that resolves only to globally routable addresses (checked again at every call, and the connection goes to the address checked). */
                        url: string;
                    })[];
                    vpcId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudAssemblyStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "enabled" | "disabled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAwsCloudAssemblyWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        failOnError: boolean;
                        projectId: string;
                        retryAttempts: number;
                        timeout: number;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        /**
                         * @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.
                         * @enum {string}
                         */
                        webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createAwsCloudAssemblyWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled?: boolean;
                    /** @description pre-* hooks only: a failed delivery stops the operation. */
                    failOnError?: boolean;
                    /** @description Attempts per delivery, 3–10 (default 3). */
                    retryAttempts?: number;
                    /** @description Seconds one attempt may take, 1–3600 (default 30). */
                    timeout?: number;
                    /** @description https (http only when the instance allows private targets). */
                    url: string;
                    /**
                     * @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.
                     * @enum {string}
                     */
                    webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        failOnError: boolean;
                        projectId: string;
                        retryAttempts: number;
                        /** @description The HMAC-SHA256 signing secret: shown in this answer only. */
                        secret: string;
                        timeout: number;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        /**
                         * @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.
                         * @enum {string}
                         */
                        webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudAssemblyWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                /** @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored. */
                webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        failOnError: boolean;
                        projectId: string;
                        retryAttempts: number;
                        timeout: number;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        /**
                         * @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.
                         * @enum {string}
                         */
                        webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudAssemblyWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                /** @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored. */
                webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled?: boolean;
                    /** @description pre-* hooks only: a failed delivery stops the operation. */
                    failOnError?: boolean;
                    /** @description Attempts per delivery, 3–10 (default 3). */
                    retryAttempts?: number;
                    /** @description Seconds one attempt may take, 1–3600 (default 30). */
                    timeout?: number;
                    /** @description https (http only when the instance allows private targets). */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: int64 */
                        cloudAssemblyId: number;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        failOnError: boolean;
                        projectId: string;
                        retryAttempts: number;
                        timeout: number;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        /**
                         * @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored.
                         * @enum {string}
                         */
                        webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteAwsCloudAssemblyWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                /** @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored. */
                webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAwsCloudAssemblyWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Cloud assembly ID. */
                cloudAssemblyId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
                /** @description When the hook is called: before or after a protection, recovery or reset, when a drill run ends, or when the RPO is breached or restored. */
                webhookType: "pre-protection" | "post-protection" | "pre-recovery" | "post-recovery" | "pre-reset" | "post-reset" | "drill-completed" | "drill-failed" | "rpo-breached" | "rpo-restored";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempt: number;
                        /** Format: date-time */
                        createdAt: string;
                        deliveryId: string;
                        durationMs: number | null;
                        error: string | null;
                        event: string;
                        /** Format: int64 */
                        id: number;
                        payload: unknown;
                        responseStatus: number | null;
                        /** @enum {string} */
                        status: "pending" | "succeeded" | "failed";
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAwsCloudConnections: {
        parameters: {
            query?: {
                connectivity_status?: ("pending" | "success" | "authentication-failed" | "failed")[];
                /** @description How the filters combine. Default and. */
                filter_condition?: "and" | "or";
                /** @description Part of the name, any case. */
                name?: string;
                /** @description Default created-at. */
                sort_by?: "name" | "status" | "connectivity-status" | "created-at" | "updated-at" | "last-sync";
                /** @description Default asc. */
                sort_order?: "asc" | "desc";
                /** @description Repeat to match several. Deleted connections are listed only when `deleted` is asked for. */
                status?: ("enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted")[];
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createAwsCloudConnection: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessMethod: {
                        /** @description The role Lifeboat assumes, with the external id it returns. */
                        roleArn: string;
                        /** @enum {string} */
                        type: "iam-role";
                    } | {
                        accessKeyId: string;
                        /** @description Stored encrypted; never returned. */
                        secretAccessKey: string;
                        /** @enum {string} */
                        type: "access-key";
                    };
                    /** @description When on, a DELETE stops at delete-locked. Default off. */
                    deletionProtection?: boolean;
                    /** @description Description of the cloud connection. */
                    description?: string;
                    /** @description Name of the cloud connection. */
                    name: string;
                    /** @description AWS regions Lifeboat may discover, protect and recover in. */
                    operationalRegions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description AWS services Lifeboat may use. */
                    services: ("EC2" | "EBS" | "RDS" | "DynamoDB" | "S3" | "Lambda" | "VPC" | "ELB" | "Route53" | "SQS" | "SNS" | "EFS")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteAwsCloudConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getAwsCloudConnectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudConnectionCredentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessMethod: {
                        /** @description The role Lifeboat assumes, with the external id it returns. */
                        roleArn: string;
                        /** @enum {string} */
                        type: "iam-role";
                    } | {
                        accessKeyId: string;
                        /** @description Stored encrypted; never returned. */
                        secretAccessKey: string;
                        /** @enum {string} */
                        type: "access-key";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudConnectionDeletionProtection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudConnectionGeneralInformation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Description of the cloud connection. */
                    description?: string;
                    /** @description Name of the cloud connection. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudConnectionRegionsAndServices: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description AWS regions Lifeboat may discover, protect and recover in. */
                    operationalRegions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description AWS services Lifeboat may use. */
                    services: ("EC2" | "EBS" | "RDS" | "DynamoDB" | "S3" | "Lambda" | "VPC" | "ELB" | "Route53" | "SQS" | "SNS" | "EFS")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAwsCloudConnectionResources: {
        parameters: {
            query?: {
                region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                service?: "EC2" | "EBS" | "RDS" | "DynamoDB" | "S3" | "Lambda" | "VPC" | "ELB" | "Route53" | "SQS" | "SNS" | "EFS";
                /** @description `key` or `key=value` */
                tag?: string;
                /** @description e.g. ec2:instance */
                type?: string;
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arn: string;
                        configuration: {
                            [key: string]: unknown;
                        };
                        dependencies: string[];
                        /** Format: date-time */
                        discoveredAt: string;
                        name: string;
                        region: string;
                        resourceId: string;
                        service: string;
                        tags: {
                            [key: string]: string;
                        };
                        type: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateAwsCloudConnectionStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "enabled" | "disabled" | "suspended";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    syncAwsCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    verifyAwsCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description AWS cloud connection ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessMethod: {
                            accessKeyId?: string;
                            roleArn?: string;
                            /** @enum {string} */
                            type: "iam-role" | "access-key";
                        };
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        awsAccountId: string | null;
                        connectivityMessage: string | null;
                        /**
                         * @description Verification status of the cloud connection.
                         * @enum {string}
                         */
                        connectivityStatus: "pending" | "success" | "authentication-failed" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was created.
                         */
                        createdAt: string;
                        deletedAt: string | null;
                        deletionProtection: boolean;
                        description: string;
                        /** @description The external id the role trust policy must require (sts:ExternalId). */
                        externalId: string;
                        /**
                         * Format: int64
                         * @description The unique identifier for the cloud connection.
                         */
                        id: number;
                        lastSync: string | null;
                        lastVerifiedAt: string | null;
                        name: string;
                        operationalRegions: string[];
                        /** @description Project ID. */
                        projectId: string;
                        services: string[];
                        /**
                         * @description Status of the cloud connection.
                         * @enum {string}
                         */
                        status: "enabled" | "suspended" | "critical-suspended" | "disabled" | "delete-pending" | "delete-in-progress" | "delete-locked" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        syncMessage: string | null;
                        /** @enum {string} */
                        syncStatus: "idle" | "queued" | "running" | "failed";
                        /**
                         * Format: date-time
                         * @description When the cloud connection was updated.
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listCloudAssemblies: {
        parameters: {
            query?: {
                cloud_connection_name?: string;
                cloud_type?: "aws"[];
                /** @description How the filters combine. Default and. */
                filter_condition?: "and" | "or";
                name?: string;
                sort_by?: "name" | "cloud-type" | "status" | "created-at";
                /** @description Default asc. */
                sort_order?: "asc" | "desc";
                status?: ("enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted")[];
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        allowCrossRegionRecovery: boolean;
                        /** Format: int64 */
                        cloudConnectionId: number;
                        cloudConnectionName?: string;
                        /** @enum {string} */
                        cloudType: "aws";
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        description: string;
                        /**
                         * Format: int64
                         * @description Cloud assembly ID.
                         */
                        id: number;
                        lastProtection: {
                            /** Format: date-time */
                            at: string;
                            id: string;
                            status: string;
                        } | null;
                        lastProtectionAt: string | null;
                        lastProtectionStatus: string | null;
                        lastSuccessfulProtectionAt: string | null;
                        name: string;
                        projectId: string;
                        protectionStrategy: string | null;
                        /** @description Stored and returned as given; Lifeboat's protections do not depend on them. */
                        protectionStrategyOptions: {
                            awsDynamoDBProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsLambdaProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                replicaRegionBucketDetails?: {
                                    /**
                                     * Format: int64
                                     * @description The cloud connection of the replica bucket.
                                     */
                                    cloudConnectionId?: number;
                                    name?: string;
                                    /** @enum {string} */
                                    region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                                }[];
                                /** @description The source-region bucket (versioned) for Lambda protection backups. */
                                sourceBucketName?: string;
                            };
                            awsRoute53ProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                                /**
                                 * Format: int64
                                 * @description The Route 53 enabled cloud connection.
                                 */
                                route53HostedZoneCloudConnectionId?: number;
                            };
                            awsSnsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                            awsSqsProtectionOptions?: {
                                /** @description Whether protection of these resources is enabled. */
                                isEnabled?: boolean;
                            };
                        };
                        replicaRegions: string[];
                        resourceFilterStrategy: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The last successful protection's age against rpoTargetMinutes, else the enabled policy's interval plus a grace (a tenth, at least 15 minutes); unknown without either, or before the first success while the assembly is younger than that allowance.
                         * @enum {string}
                         */
                        rpoStatus: "met" | "breached" | "unknown";
                        rpoTargetMinutes: number | null;
                        rtoTargetMinutes: number | null;
                        sourceRegion: string;
                        /** @enum {string} */
                        status: "enabled" | "disabled" | "delete-requested" | "delete-pending" | "delete-locked" | "delete-in-progress" | "delete-failed" | "deleted";
                        statusMessage: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The assembly's own checks, run by every recovery after the built-in ones; names are unique. */
                        validators: ({
                            /** @description A regular expression (JavaScript syntax) the response body must match. */
                            bodyMatch?: string;
                            expectedStatus: number;
                            name: string;
                            /** @description Default 10. */
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "http";
                            /** @description http(s) URL; {resource:<id or name>.<attribute>} is replaced by the recovered copy's attribute (dnsName, endpoint, privateIp, port, resourceId, arn). */
                            url: string;
                        } | {
                            name: string;
                            /**
                             * @description A signing secret is stored (sealed at rest); it is never shown.
                             * @enum {boolean}
                             */
                            secretSet: true;
                            timeoutSeconds?: number;
                            /** @enum {string} */
                            type: "webhook";
                            url: string;
                        })[];
                        vpcId: string | null;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listProjectEvents: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                result?: "success" | "failure";
                target_id?: string;
                target_type?: string;
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** @description The operationId of the call. */
                        action: string;
                        /** @description service-account:<id> or instance-admin */
                        actor: string;
                        actorName: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        id: number;
                        method: string;
                        path: string;
                        projectId: string | null;
                        requestId: string;
                        /** @enum {string} */
                        result: "success" | "failure";
                        statusCode: number;
                        targetId: string | null;
                        targetType: string | null;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listPolicyTemplates: {
        parameters: {
            query?: {
                /** @description How the filters combine. Default and. */
                filter_condition?: "and" | "or";
                /** @description Repeat to match several. */
                frequency_type?: ("fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom")[];
                /** @description Part of the name, any case. */
                name?: string;
                /** @description Default created-at. */
                sort_by?: "name" | "created-at";
                /** @description Default asc. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description items=1-100 (1-based, inclusive; at most 1000 per page) */
                range?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Policy template ID.
                         */
                        id: number;
                        name: string;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createPolicyTemplate: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone. */
                    cronExpression?: string | null;
                    description?: string;
                    /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                    frequencyDetails?: {
                        /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                        daysOfMonth?: number[];
                        /** @description Weekly: required. */
                        daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                        /** @description Hours of the day (daily and coarser). Default [0]. */
                        hours?: number[];
                        /** @description Yearly. Default [JANUARY]. */
                        months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                        /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                        offset?: number;
                    };
                    /** @enum {string} */
                    frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                    /** @description Unique in the project. */
                    name: string;
                    /** @description Protections kept in each replica region. Default retentionCount. */
                    replicaRetentionCount?: number;
                    /** @description Protections kept. Default 7. */
                    retentionCount?: number;
                    /** @description IANA time zone (Europe/Berlin) or UTC. Default UTC. */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Policy template ID.
                         */
                        id: number;
                        name: string;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getPolicyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Policy template ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Policy template ID.
                         */
                        id: number;
                        name: string;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updatePolicyTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Policy template ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description custom only: five fields, minute hour day-of-month month day-of-week, read in timeZone. */
                    cronExpression?: string | null;
                    description?: string;
                    /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                    frequencyDetails?: {
                        /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                        daysOfMonth?: number[];
                        /** @description Weekly: required. */
                        daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                        /** @description Hours of the day (daily and coarser). Default [0]. */
                        hours?: number[];
                        /** @description Yearly. Default [JANUARY]. */
                        months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                        /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                        offset?: number;
                    };
                    /** @enum {string} */
                    frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                    /** @description Unique in the project. */
                    name: string;
                    /** @description Protections kept in each replica region. Default retentionCount. */
                    replicaRetentionCount?: number;
                    /** @description Protections kept. Default 7. */
                    retentionCount?: number;
                    /** @description IANA time zone (Europe/Berlin) or UTC. Default UTC. */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: int64
                         * @description Account ID.
                         */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        cronExpression: string | null;
                        description: string;
                        /** @description Only the fields the frequency type uses; another one that is not empty is refused. */
                        frequencyDetails: {
                            /** @description Monthly and yearly. Default [1]. A month without the day skips it, as cron does. */
                            daysOfMonth?: number[];
                            /** @description Weekly: required. */
                            daysOfWeek?: ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY")[];
                            /** @description Hours of the day (daily and coarser). Default [0]. */
                            hours?: number[];
                            /** @description Yearly. Default [JANUARY]. */
                            months?: ("JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER")[];
                            /** @description Minutes the slot is delayed (every type but custom; less than 15 or 30 for the minute types). Default 0. */
                            offset?: number;
                        };
                        /** @enum {string} */
                        frequencyType: "fifteen-minutes" | "thirty-minutes" | "hourly" | "two-hours" | "three-hours" | "four-hours" | "six-hours" | "eight-hours" | "twelve-hours" | "daily" | "weekly" | "monthly" | "yearly" | "custom";
                        /**
                         * Format: int64
                         * @description Policy template ID.
                         */
                        id: number;
                        name: string;
                        projectId: string;
                        replicaRetentionCount: number;
                        retentionCount: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deletePolicyTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version this write is based on: 412 if it moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Policy template ID. */
                id: number;
                /** @description Lifeboat project ID. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listServiceAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        id: number;
                        instanceAdmin: boolean;
                        lastUsedAt: string | null;
                        name: string;
                        projects: string[] | null;
                        /** @enum {string} */
                        role: "admin" | "operator" | "viewer";
                        /** @description The first characters of the token. */
                        tokenHint: string;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    projects?: string[];
                    /** @enum {string} */
                    role: "admin" | "operator" | "viewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        id: number;
                        instanceAdmin: boolean;
                        lastUsedAt: string | null;
                        name: string;
                        projects: string[] | null;
                        /** @enum {string} */
                        role: "admin" | "operator" | "viewer";
                        /** @description The first characters of the token. */
                        tokenHint: string;
                    } & {
                        /** @description Shown once; only its hash is kept. */
                        token: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        accountId: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: int64 */
                        id: number;
                        instanceAdmin: boolean;
                        lastUsedAt: string | null;
                        name: string;
                        projects: string[] | null;
                        /** @enum {string} */
                        role: "admin" | "operator" | "viewer";
                        /** @description The first characters of the token. */
                        tokenHint: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listAccessKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Service account ID. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The AK: what a signature names in `Access=`. */
                        accessKeyId: string;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        lastUsedAt: string | null;
                        /** Format: int64 */
                        serviceAccountId: number;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Service account ID. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The AK: what a signature names in `Access=`. */
                        accessKeyId: string;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        lastUsedAt: string | null;
                        /** Format: int64 */
                        serviceAccountId: number;
                    } & {
                        /** @description The AK again, under Huawei's name. */
                        access: string;
                        /** @description Huawei IAM's credential shape (CreatePermanentAccessKey). */
                        credential: {
                            access: string;
                            /** Format: date-time */
                            create_time: string;
                            description: string;
                            secret: string;
                            /** @enum {string} */
                            status: "active";
                        };
                        /** @description The SK again, under Huawei's name. */
                        secret: string;
                        /** @description The SK: shown in this answer only; stored sealed with the master key. */
                        secretAccessKey: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accessKeyId: string;
                /** @description Lifeboat account ID. */
                accountId: number;
                /** @description Service account ID. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    countSimCalls: {
        parameters: {
            query?: {
                accountId?: string;
                operation?: string;
                region?: string;
                service?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listSimFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        errorCode: string | null;
                        /** Format: int64 */
                        id: number;
                        latencyMs: number;
                        match: {
                            accountId?: string;
                            region?: string;
                            resourceId?: string;
                            service?: string;
                        };
                        operation: string | null;
                        remaining: number | null;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    createSimFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    count?: number | null;
                    errorCode?: string | null;
                    latencyMs?: number;
                    match?: {
                        accountId?: string;
                        region?: string;
                        resourceId?: string;
                        service?: string;
                    };
                    operation?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        errorCode: string | null;
                        /** Format: int64 */
                        id: number;
                        latencyMs: number;
                        match: {
                            accountId?: string;
                            region?: string;
                            resourceId?: string;
                            service?: string;
                        };
                        operation: string | null;
                        remaining: number | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deleteSimFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                faultId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listSimQuotas: {
        parameters: {
            query: {
                accountId: string;
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        limit: number;
                        quota: "vpcs" | "elastic-ips" | "on-demand-vcpus" | "rds-instances";
                        quotaCode: string;
                        serviceCode: string;
                        used: number;
                    }[];
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    putSimQuota: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: string;
                    limit: number;
                    quota: "vpcs" | "elastic-ips" | "on-demand-vcpus" | "rds-instances";
                    /** @description A region, or * for every region without its own override. */
                    region: string | "*";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        limit: number;
                        quota: "vpcs" | "elastic-ips" | "on-demand-vcpus" | "rds-instances";
                        /** @description A region, or * for every region without its own override. */
                        region: string | "*";
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    listSimRateLimitBuckets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buckets: {
                            accountId: string;
                            /** @description IAM action (ec2:CreateSnapshot), else the sim operation. */
                            action: string;
                            /** @description Requests that took a token. */
                            admitted: number;
                            capacity: number;
                            /** @description The least time the bucket allows its admitted requests to take: (admitted − capacity) / refill, at least 0. */
                            minimumSeconds: number;
                            refillPerSecond: number;
                            region: string;
                            /** @description Requests refused with a throttling error. */
                            throttled: number;
                        }[];
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    putSimRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: string;
                    actions?: string[] | null;
                    externalId?: string | null;
                    regions?: string[] | null;
                    roleName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        actions?: string[] | null;
                        externalId?: string | null;
                        regions?: string[] | null;
                        roleName: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getSimSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Delay of each simulated cloud call, ms. */
                        latencyMs: number;
                        /** @description AWS-shaped request throttling: a call that finds its bucket empty fails as AWS's would (RequestLimitExceeded, Throttling, SlowDown). */
                        rateLimits: {
                            /** @description Whether calls are throttled (off by default). Each account, region and action has its own bucket. */
                            enabled: boolean;
                            /** @description Bucket of each mutating action (Create*, Delete*, …). AWS EC2 default: 50 tokens, 5 per second. */
                            mutating: {
                                /** @description Tokens the bucket holds when full: the burst of requests allowed at once. */
                                capacity: number;
                                /** @description Tokens added each second, up to the capacity: the sustained request rate. */
                                refillPerSecond: number;
                            };
                            /** @description Bucket of each Describe*, List* and Get* action. AWS EC2 default: 100 tokens, 20 per second. */
                            nonMutating: {
                                /** @description Tokens the bucket holds when full: the burst of requests allowed at once. */
                                capacity: number;
                                /** @description Tokens added each second, up to the capacity: the sustained request rate. */
                                refillPerSecond: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    updateSimSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings to change; those left out keep their value. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Delay of each simulated cloud call, ms. */
                    latencyMs?: number;
                    /** @description AWS-shaped request throttling: a call that finds its bucket empty fails as AWS's would (RequestLimitExceeded, Throttling, SlowDown). */
                    rateLimits?: {
                        /** @description Whether calls are throttled (off by default). Each account, region and action has its own bucket. */
                        enabled?: boolean;
                        /** @description Bucket of each mutating action (Create*, Delete*, …). AWS EC2 default: 50 tokens, 5 per second. */
                        mutating?: {
                            /** @description Tokens the bucket holds when full: the burst of requests allowed at once. */
                            capacity: number;
                            /** @description Tokens added each second, up to the capacity: the sustained request rate. */
                            refillPerSecond: number;
                        };
                        /** @description Bucket of each Describe*, List* and Get* action. AWS EC2 default: 100 tokens, 20 per second. */
                        nonMutating?: {
                            /** @description Tokens the bucket holds when full: the burst of requests allowed at once. */
                            capacity: number;
                            /** @description Tokens added each second, up to the capacity: the sustained request rate. */
                            refillPerSecond: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Delay of each simulated cloud call, ms. */
                        latencyMs: number;
                        /** @description AWS-shaped request throttling: a call that finds its bucket empty fails as AWS's would (RequestLimitExceeded, Throttling, SlowDown). */
                        rateLimits: {
                            /** @description Whether calls are throttled (off by default). Each account, region and action has its own bucket. */
                            enabled: boolean;
                            /** @description Bucket of each mutating action (Create*, Delete*, …). AWS EC2 default: 50 tokens, 5 per second. */
                            mutating: {
                                /** @description Tokens the bucket holds when full: the burst of requests allowed at once. */
                                capacity: number;
                                /** @description Tokens added each second, up to the capacity: the sustained request rate. */
                                refillPerSecond: number;
                            };
                            /** @description Bucket of each Describe*, List* and Get* action. AWS EC2 default: 100 tokens, 20 per second. */
                            nonMutating: {
                                /** @description Tokens the bucket holds when full: the burst of requests allowed at once. */
                                capacity: number;
                                /** @description Tokens added each second, up to the capacity: the sustained request rate. */
                                refillPerSecond: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    deploySimStack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where to deploy; default the template's accounts. */
                    accounts?: string[];
                    /** @description Delete the stack instead (the master stack last). */
                    delete?: boolean;
                    /** @description The stack fails in these accounts. */
                    failAccounts?: string[];
                    /** @description The stack fails in these regions. */
                    failRegions?: string[];
                    /** @description The stack runs, but its custom resource's calls to post-process never arrive (the stack-status check is then the only signal). */
                    lostCallback?: boolean;
                    stackName?: string;
                    /** @description A deployment_template_url (…/templates/{id}?v=N&…, or …/connection-groups/{id}/template?v=N). */
                    templateUrl: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instances: {
                            accountId: string;
                            postProcess: {
                                body: unknown;
                                statusCode: number;
                            }[];
                            region: string;
                            requestType: string;
                            roleArns: string[];
                            stackId: string;
                            status: string;
                        }[];
                        stackName: string;
                        templateVersion: string;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Forbidden: requiredPermissions lists what the token lacks */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    getCaller: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the credentials of this request stand for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: number | null;
                        /** @description May act in every account and create accounts. */
                        instanceAdmin: boolean;
                        /** @description The service account's name, or instance-admin for the configured admin token. */
                        name: string;
                        projects: string[] | null;
                        /**
                         * @description What the token may do in its account: admin, operator (run the estate) or viewer (read only).
                         * @enum {string}
                         */
                        role: "admin" | "operator" | "viewer";
                        serviceAccountId: number | null;
                    };
                };
            };
            /** @description Bad Request: fieldErrors names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            code: string;
                            message: string;
                            type: string;
                        }[];
                        fieldErrors: {
                            [key: string]: string;
                        };
                        message: string;
                        requiredPermissions: string[];
                    };
                };
            };
        };
    };
    readAwsConnection: {
        parameters: {
            query?: {
                return_external_id?: boolean;
            };
            header?: {
                /** @description The organizational unit (Lifeboat project) to work in; empty or absent: the token's first project, else `default`. */
                "x-clumio-organizationalunit-context"?: string;
            };
            path: {
                /** @description `{account_native_id}_{aws_region}`. */
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/api.clumio.aws-connections=v1+json": {
                        account_name: string | null;
                        account_native_id: string;
                        aws_region: string;
                        connection_group_id: string;
                        /**
                         * @description What the stack reported for this account and region.
                         * @enum {string}
                         */
                        connection_status: "connecting" | "connected" | "failed";
                        /** Format: date-time */
                        created_timestamp: string;
                        description: string;
                        /** @description With return_external_id=true. */
                        external_id?: string;
                        /** @description `{account_native_id}_{aws_region}`. */
                        id: string;
                        /**
                         * @description completed once the stack reported the account connected.
                         * @enum {string}
                         */
                        ingestion_status: "in_progress" | "completed" | "failed";
                        organizational_unit_id: string;
                        stack_arn: string | null;
                        stack_name: string | null;
                        /** @enum {string} */
                        target_setup_status: "in_progress" | "completed" | "failed";
                        template_permission_set: string | null;
                        /** @description The group id: the token its stacks present. */
                        token: string;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    listAwsConnectionGroups: {
        parameters: {
            query?: {
                /** @description JSON: account_native_id {$eq | $in}, organizational_unit_id {$in}, account_alias {$contains}, services_enabled {$eq | $contains}, status {$eq | $in}. */
                filter?: string;
                /** @description Items per page (1–100, default 100). */
                limit?: number;
                /** @description The page number, as in Clumio's API: 1 (default) is the first page of `limit` items. */
                start?: string;
            };
            header?: {
                /** @description The organizational unit (Lifeboat project) to work in; empty or absent: the token's first project, else `default`. */
                "x-clumio-organizationalunit-context"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/api.clumio.aws-connection-groups=v1+json": {
                        _embedded: {
                            items: {
                                /** @description The ETag value; send it as If-Match. */
                                _etag: string;
                                _links: {
                                    _self: {
                                        /** @description The URI for the referenced operation. */
                                        href: string;
                                        /** @description Whether href is a URI template. */
                                        templated: boolean;
                                        /** @description The HTTP method to be used with href. */
                                        type: string;
                                    };
                                    "read-organizational-unit": {
                                        /** @description The URI for the referenced operation. */
                                        href: string;
                                        /** @description Whether href is a URI template. */
                                        templated: boolean;
                                        /** @description The HTTP method to be used with href. */
                                        type: string;
                                    };
                                    "update-aws-connection-group": {
                                        /** @description The URI for the referenced operation. */
                                        href: string;
                                        /** @description Whether href is a URI template. */
                                        templated: boolean;
                                        /** @description The HTTP method to be used with href. */
                                        type: string;
                                    };
                                };
                                account_name: string | null;
                                account_native_ids: string[];
                                asset_types_enabled: string[];
                                aws_regions: string[];
                                config: {
                                    asset_types_enabled: string[];
                                    dynamodb?: {
                                        installed_template_version: string;
                                    };
                                    ebs?: {
                                        installed_template_version: string;
                                    };
                                    ec2?: {
                                        installed_template_version: string;
                                    };
                                    ec2_mssql?: {
                                        installed_template_version: string;
                                    };
                                    installed_template_version: string;
                                    rds?: {
                                        installed_template_version: string;
                                    };
                                    s3?: {
                                        installed_template_version: string;
                                    };
                                    warm_tier_protect?: {
                                        dynamodb?: {
                                            installed_template_version: string;
                                        };
                                        installed_template_version: string;
                                    };
                                } | null;
                                /** Format: date-time */
                                created_timestamp: string;
                                /** @description The CloudFormation template of the latest version. */
                                deployment_template_url: string;
                                description: string;
                                /** @description On create and update answers, and on a read with return_external_id=true. */
                                external_id?: string;
                                /** @description The connection group id; the token the stack presents. */
                                id: string;
                                intended_account_native_ids: string[] | null;
                                intended_asset_types: string[] | null;
                                intended_aws_regions: string[] | null;
                                master_aws_account_id: string;
                                master_region: string;
                                /** @enum {string} */
                                ongoing_stack_operation: "creating_stack" | "updating_stack" | "deleting_stack" | "no_active_operation";
                                organizational_unit_id: string;
                                stack_arn: string | null;
                                stack_name: string | null;
                                /** @enum {string} */
                                status: "connecting" | "fully_connected" | "partially_connected" | "deployment_failed" | "connected_with_no_managed_stacks" | "unlinked";
                                template_permission_set: string | null;
                            }[];
                        };
                        _links: {
                            _first: {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            _next: {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            } | null;
                            _self: {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                        };
                        current_count: number;
                        filter_applied: string;
                        limit: number;
                        start: string;
                        total_count?: number;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    createAwsConnectionGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organizational unit (Lifeboat project) to work in; empty or absent: the token's first project, else `default`. */
                "x-clumio-organizationalunit-context"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Null is accepted for every optional field and means not given. */
        requestBody: {
            content: {
                "application/api.clumio.aws-connection-groups=v1+json": {
                    /** @description The AWS-assigned ID of the account to onboard. */
                    account_native_id: string;
                    /** @description Required: the asset types to be connected via the connection-group. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description DEPRECATED, use "asset_types" instead. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types_enabled?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description The AWS regions to be associated with the Connection Group. */
                    aws_regions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description Description for this connection group. */
                    description?: string;
                    /** @description The account whose stack manages the group. Default: account_native_id. */
                    master_aws_account_id?: string;
                    /**
                     * @description The region of the managing stack. Default: the first of aws_regions.
                     * @enum {string}
                     */
                    master_region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description The organizational unit (Lifeboat project). Default: the x-clumio-organizationalunit-context header, else the token's default project. */
                    organizational_unit_id?: string;
                    /** @description Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says. */
                    template_permission_set?: string;
                } | unknown | unknown;
                "application/json": {
                    /** @description The AWS-assigned ID of the account to onboard. */
                    account_native_id: string;
                    /** @description Required: the asset types to be connected via the connection-group. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description DEPRECATED, use "asset_types" instead. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types_enabled?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description The AWS regions to be associated with the Connection Group. */
                    aws_regions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description Description for this connection group. */
                    description?: string;
                    /** @description The account whose stack manages the group. Default: account_native_id. */
                    master_aws_account_id?: string;
                    /**
                     * @description The region of the managing stack. Default: the first of aws_regions.
                     * @enum {string}
                     */
                    master_region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description The organizational unit (Lifeboat project). Default: the x-clumio-organizationalunit-context header, else the token's default project. */
                    organizational_unit_id?: string;
                    /** @description Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says. */
                    template_permission_set?: string;
                } | unknown | unknown;
                "text/plain": {
                    /** @description The AWS-assigned ID of the account to onboard. */
                    account_native_id: string;
                    /** @description Required: the asset types to be connected via the connection-group. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description DEPRECATED, use "asset_types" instead. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types_enabled?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description The AWS regions to be associated with the Connection Group. */
                    aws_regions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description Description for this connection group. */
                    description?: string;
                    /** @description The account whose stack manages the group. Default: account_native_id. */
                    master_aws_account_id?: string;
                    /**
                     * @description The region of the managing stack. Default: the first of aws_regions.
                     * @enum {string}
                     */
                    master_region?: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description The organizational unit (Lifeboat project). Default: the x-clumio-organizationalunit-context header, else the token's default project. */
                    organizational_unit_id?: string;
                    /** @description Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says. */
                    template_permission_set?: string;
                } | unknown | unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/api.clumio.aws-connection-groups=v1+json": {
                        /** @description The ETag value; send it as If-Match. */
                        _etag: string;
                        _links: {
                            _self: {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            "read-organizational-unit": {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            "update-aws-connection-group": {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                        };
                        account_name: string | null;
                        account_native_ids: string[];
                        asset_types_enabled: string[];
                        aws_regions: string[];
                        config: {
                            asset_types_enabled: string[];
                            dynamodb?: {
                                installed_template_version: string;
                            };
                            ebs?: {
                                installed_template_version: string;
                            };
                            ec2?: {
                                installed_template_version: string;
                            };
                            ec2_mssql?: {
                                installed_template_version: string;
                            };
                            installed_template_version: string;
                            rds?: {
                                installed_template_version: string;
                            };
                            s3?: {
                                installed_template_version: string;
                            };
                            warm_tier_protect?: {
                                dynamodb?: {
                                    installed_template_version: string;
                                };
                                installed_template_version: string;
                            };
                        } | null;
                        /** Format: date-time */
                        created_timestamp: string;
                        /** @description The CloudFormation template of the latest version. */
                        deployment_template_url: string;
                        description: string;
                        /** @description On create and update answers, and on a read with return_external_id=true. */
                        external_id?: string;
                        /** @description The connection group id; the token the stack presents. */
                        id: string;
                        intended_account_native_ids: string[] | null;
                        intended_asset_types: string[] | null;
                        intended_aws_regions: string[] | null;
                        master_aws_account_id: string;
                        master_region: string;
                        /** @enum {string} */
                        ongoing_stack_operation: "creating_stack" | "updating_stack" | "deleting_stack" | "no_active_operation";
                        organizational_unit_id: string;
                        stack_arn: string | null;
                        stack_name: string | null;
                        /** @enum {string} */
                        status: "connecting" | "fully_connected" | "partially_connected" | "deployment_failed" | "connected_with_no_managed_stacks" | "unlinked";
                        template_permission_set: string | null;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    readAwsConnectionGroup: {
        parameters: {
            query?: {
                /** @description Clumio's embeddable link names; accepted, nothing is embedded (a group has no embeddable resource here). */
                embed?: string;
                /** @description Return external_id (the stack needs it). Default false. */
                return_external_id?: boolean;
            };
            header?: {
                /** @description The organizational unit (Lifeboat project) to work in; empty or absent: the token's first project, else `default`. */
                "x-clumio-organizationalunit-context"?: string;
            };
            path: {
                /** @description The connection group id. */
                connection_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/api.clumio.aws-connection-groups=v1+json": {
                        /** @description The ETag value; send it as If-Match. */
                        _etag: string;
                        _links: {
                            _self: {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            "read-organizational-unit": {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            "update-aws-connection-group": {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                        };
                        account_name: string | null;
                        account_native_ids: string[];
                        asset_types_enabled: string[];
                        aws_regions: string[];
                        config: {
                            asset_types_enabled: string[];
                            dynamodb?: {
                                installed_template_version: string;
                            };
                            ebs?: {
                                installed_template_version: string;
                            };
                            ec2?: {
                                installed_template_version: string;
                            };
                            ec2_mssql?: {
                                installed_template_version: string;
                            };
                            installed_template_version: string;
                            rds?: {
                                installed_template_version: string;
                            };
                            s3?: {
                                installed_template_version: string;
                            };
                            warm_tier_protect?: {
                                dynamodb?: {
                                    installed_template_version: string;
                                };
                                installed_template_version: string;
                            };
                        } | null;
                        /** Format: date-time */
                        created_timestamp: string;
                        /** @description The CloudFormation template of the latest version. */
                        deployment_template_url: string;
                        description: string;
                        /** @description On create and update answers, and on a read with return_external_id=true. */
                        external_id?: string;
                        /** @description The connection group id; the token the stack presents. */
                        id: string;
                        intended_account_native_ids: string[] | null;
                        intended_asset_types: string[] | null;
                        intended_aws_regions: string[] | null;
                        master_aws_account_id: string;
                        master_region: string;
                        /** @enum {string} */
                        ongoing_stack_operation: "creating_stack" | "updating_stack" | "deleting_stack" | "no_active_operation";
                        organizational_unit_id: string;
                        stack_arn: string | null;
                        stack_name: string | null;
                        /** @enum {string} */
                        status: "connecting" | "fully_connected" | "partially_connected" | "deployment_failed" | "connected_with_no_managed_stacks" | "unlinked";
                        template_permission_set: string | null;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    updateAwsConnectionGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The _etag the update is based on: 412 if it moved on. */
                "if-match"?: string;
                /** @description The organizational unit (Lifeboat project) to work in; empty or absent: the token's first project, else `default`. */
                "x-clumio-organizationalunit-context"?: string;
            };
            path: {
                /** @description The connection group id. */
                connection_group_id: string;
            };
            cookie?: never;
        };
        /** @description Null is accepted for every optional field and means not given (the value stays). */
        requestBody: {
            content: {
                "application/api.clumio.aws-connection-groups=v1+json": {
                    /** @description Required: the asset types to be connected via the connection-group. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description DEPRECATED, use "asset_types" instead. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types_enabled?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description The AWS regions to be associated with the Connection Group. */
                    aws_regions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description Description for this connection group. */
                    description?: string;
                    /** @description Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says. */
                    template_permission_set?: string;
                } | unknown | unknown;
                "application/json": {
                    /** @description Required: the asset types to be connected via the connection-group. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description DEPRECATED, use "asset_types" instead. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types_enabled?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description The AWS regions to be associated with the Connection Group. */
                    aws_regions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description Description for this connection group. */
                    description?: string;
                    /** @description Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says. */
                    template_permission_set?: string;
                } | unknown | unknown;
                "text/plain": {
                    /** @description Required: the asset types to be connected via the connection-group. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description DEPRECATED, use "asset_types" instead. Valid values are any of ["EC2/EBS", "RDS", "DynamoDB", "EC2MSSQL", "S3", "EBS"]. EC2/EBS is required for EC2MSSQL; EBS is deprecated in favor of EC2/EBS (stored as EC2/EBS). */
                    asset_types_enabled?: ("EC2/EBS" | "RDS" | "DynamoDB" | "EC2MSSQL" | "S3" | "EBS")[];
                    /** @description The AWS regions to be associated with the Connection Group. */
                    aws_regions: ("af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2")[];
                    /** @description Description for this connection group. */
                    description?: string;
                    /** @description Clumio's template permission set, kept and returned as given. Lifeboat's templates grant the least privilege of the asset types whatever it says. */
                    template_permission_set?: string;
                } | unknown | unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/api.clumio.aws-connection-groups=v1+json": {
                        /** @description The ETag value; send it as If-Match. */
                        _etag: string;
                        _links: {
                            _self: {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            "read-organizational-unit": {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                            "update-aws-connection-group": {
                                /** @description The URI for the referenced operation. */
                                href: string;
                                /** @description Whether href is a URI template. */
                                templated: boolean;
                                /** @description The HTTP method to be used with href. */
                                type: string;
                            };
                        };
                        account_name: string | null;
                        account_native_ids: string[];
                        asset_types_enabled: string[];
                        aws_regions: string[];
                        config: {
                            asset_types_enabled: string[];
                            dynamodb?: {
                                installed_template_version: string;
                            };
                            ebs?: {
                                installed_template_version: string;
                            };
                            ec2?: {
                                installed_template_version: string;
                            };
                            ec2_mssql?: {
                                installed_template_version: string;
                            };
                            installed_template_version: string;
                            rds?: {
                                installed_template_version: string;
                            };
                            s3?: {
                                installed_template_version: string;
                            };
                            warm_tier_protect?: {
                                dynamodb?: {
                                    installed_template_version: string;
                                };
                                installed_template_version: string;
                            };
                        } | null;
                        /** Format: date-time */
                        created_timestamp: string;
                        /** @description The CloudFormation template of the latest version. */
                        deployment_template_url: string;
                        description: string;
                        /** @description On create and update answers, and on a read with return_external_id=true. */
                        external_id?: string;
                        /** @description The connection group id; the token the stack presents. */
                        id: string;
                        intended_account_native_ids: string[] | null;
                        intended_asset_types: string[] | null;
                        intended_aws_regions: string[] | null;
                        master_aws_account_id: string;
                        master_region: string;
                        /** @enum {string} */
                        ongoing_stack_operation: "creating_stack" | "updating_stack" | "deleting_stack" | "no_active_operation";
                        organizational_unit_id: string;
                        stack_arn: string | null;
                        stack_name: string | null;
                        /** @enum {string} */
                        status: "connecting" | "fully_connected" | "partially_connected" | "deployment_failed" | "connected_with_no_managed_stacks" | "unlinked";
                        template_permission_set: string | null;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Precondition Failed: If-Match does not match _etag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    readAwsConnectionGroupTemplate: {
        parameters: {
            query?: {
                /** @description The template version; default the latest. */
                v?: number;
            };
            header?: {
                /** @description The organizational unit (Lifeboat project) to work in; empty or absent: the token's first project, else `default`. */
                "x-clumio-organizationalunit-context"?: string;
            };
            path: {
                /** @description The connection group id. */
                connection_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CloudFormation template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    postProcessAwsConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The stack's forwarded event, or Clumio's own post-process body (clumio_post_process_aws_connection). Null means not given. */
        requestBody: {
            content: {
                "application/api.clumio.post-process-aws-connection=v1+json": {
                    account_alias?: string;
                    /** @description The account the stack runs in. */
                    account_native_id: string;
                    /**
                     * @description The region the stack runs in.
                     * @enum {string}
                     */
                    aws_region: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description Clumio's event SNS topic (Terraform provider); accepted, not used. */
                    clumio_event_pub_id?: string;
                    /** @description Clumio's template configuration (JSON text); recorded nowhere, Lifeboat's template says what is installed. */
                    configuration?: string;
                    /** @description A role to assume before the connection role (Terraform provider); accepted, not used. */
                    intermediate_role_arn?: string;
                    /** @description Extra resource ids or ARNs; accepted, not used. */
                    properties?: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    request_type: "Create" | "Update" | "Delete";
                    role_arn?: string;
                    role_external_id: string;
                    stack_arn?: string;
                    stack_name?: string;
                    /**
                     * @description FAILED when the stack could not set the account and region up. Default SUCCESS.
                     * @enum {string}
                     */
                    status?: "SUCCESS" | "FAILED";
                    status_reason?: string;
                    /** @description The template version the stack runs. Clumio's Terraform provider sends none: its report is taken for the pending version, else the installed one. */
                    template_version?: string;
                    /** @description The connection group id. */
                    token: string;
                };
                "application/json": {
                    account_alias?: string;
                    /** @description The account the stack runs in. */
                    account_native_id: string;
                    /**
                     * @description The region the stack runs in.
                     * @enum {string}
                     */
                    aws_region: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description Clumio's event SNS topic (Terraform provider); accepted, not used. */
                    clumio_event_pub_id?: string;
                    /** @description Clumio's template configuration (JSON text); recorded nowhere, Lifeboat's template says what is installed. */
                    configuration?: string;
                    /** @description A role to assume before the connection role (Terraform provider); accepted, not used. */
                    intermediate_role_arn?: string;
                    /** @description Extra resource ids or ARNs; accepted, not used. */
                    properties?: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    request_type: "Create" | "Update" | "Delete";
                    role_arn?: string;
                    role_external_id: string;
                    stack_arn?: string;
                    stack_name?: string;
                    /**
                     * @description FAILED when the stack could not set the account and region up. Default SUCCESS.
                     * @enum {string}
                     */
                    status?: "SUCCESS" | "FAILED";
                    status_reason?: string;
                    /** @description The template version the stack runs. Clumio's Terraform provider sends none: its report is taken for the pending version, else the installed one. */
                    template_version?: string;
                    /** @description The connection group id. */
                    token: string;
                };
                "text/plain": {
                    account_alias?: string;
                    /** @description The account the stack runs in. */
                    account_native_id: string;
                    /**
                     * @description The region the stack runs in.
                     * @enum {string}
                     */
                    aws_region: "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
                    /** @description Clumio's event SNS topic (Terraform provider); accepted, not used. */
                    clumio_event_pub_id?: string;
                    /** @description Clumio's template configuration (JSON text); recorded nowhere, Lifeboat's template says what is installed. */
                    configuration?: string;
                    /** @description A role to assume before the connection role (Terraform provider); accepted, not used. */
                    intermediate_role_arn?: string;
                    /** @description Extra resource ids or ARNs; accepted, not used. */
                    properties?: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    request_type: "Create" | "Update" | "Delete";
                    role_arn?: string;
                    role_external_id: string;
                    stack_arn?: string;
                    stack_name?: string;
                    /**
                     * @description FAILED when the stack could not set the account and region up. Default SUCCESS.
                     * @enum {string}
                     */
                    status?: "SUCCESS" | "FAILED";
                    status_reason?: string;
                    /** @description The template version the stack runs. Clumio's Terraform provider sends none: its report is taken for the pending version, else the installed one. */
                    template_version?: string;
                    /** @description The connection group id. */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/api.clumio.post-process-aws-connection=v1+json": {
                        connection_group_id: string;
                        request_type: string;
                        /** @description The group status after the report (deleted after the master stack's Delete). */
                        status: string;
                        template_version: string;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    readSignedAwsConnectionGroupTemplate: {
        parameters: {
            query: {
                /** @description When the URL stops working (epoch seconds). */
                expires: number;
                /** @description HMAC-SHA256 of the group, version and expiry (base64url). */
                signature: string;
                /** @description The template version. */
                v: number;
            };
            header?: never;
            path: {
                connection_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CloudFormation template (JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad Request: the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            error_code: number;
                            /** @description The reason for the error. */
                            error_message: string;
                        }[];
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks?: {
                            [key: string]: string;
                        };
                        status: string;
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks?: {
                            [key: string]: string;
                        };
                        status: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks?: {
                            [key: string]: string;
                        };
                        status: string;
                    };
                };
            };
        };
    };
    ccListBandwidthPackages: {
        parameters: {
            query: {
                /** @description Repeat to match any of up to 6 values. */
                billing_mode?: string[];
                /** @description Repeat to match any of up to 20 values. */
                cloud_connection_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                enterprise_project_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                id?: string[];
                /** @description 1–2000 (default 2000), as published. */
                limit: number;
                /** @description The id of the last (or, with page_reverse, first) resource of the previous page. */
                marker?: string;
                /** @description Repeat to match any of up to 20 values. */
                name?: string[];
                /** @description Page backward from marker. */
                page_reverse?: boolean;
                /** @description Repeat to match any of up to 20 values. */
                resource_id?: string[];
                /** @description Repeat to match any of up to 10 values. */
                status?: "ACTIVE"[];
            };
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bandwidth_packages: {
                            admin_state_up: boolean;
                            bandwidth: number;
                            billing_mode: string;
                            charge_mode: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            interflow_mode: string;
                            local_area_id: string;
                            name: string;
                            project_id: string;
                            remote_area_id: string;
                            resource_id: string;
                            resource_type: string;
                            spec_code: string;
                            status: string;
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        }[];
                        page_info: {
                            current_count: number;
                            next_marker?: string;
                            previous_marker?: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccCreateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bandwidth_package: {
                        /** @description Mbit/s. */
                        bandwidth: number;
                        /**
                         * @description 1 yearly/monthly, 2 …, 3 pay-per-use, 5 enhanced 95th percentile, 6 …
                         * @enum {string}
                         */
                        billing_mode: "1" | "2" | "3" | "4" | "5" | "6";
                        /** @enum {string} */
                        charge_mode: "bandwidth" | "95peak_plus";
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description The Lifeboat project; "0" is the default one. */
                        enterprise_project_id?: string;
                        /** @enum {string} */
                        interflow_mode?: "Area" | "Region";
                        /** @enum {string} */
                        local_area_id: "Chinese-Mainland" | "Asia-Pacific" | "Africa" | "Western-Latin-America" | "Eastern-Latin-America" | "Northern-Latin-America";
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name: string;
                        project_id: string;
                        /** @enum {string} */
                        remote_area_id: "Chinese-Mainland" | "Asia-Pacific" | "Africa" | "Western-Latin-America" | "Eastern-Latin-America" | "Northern-Latin-America";
                        resource_id?: string;
                        /** @enum {string} */
                        resource_type?: "cloud_connection";
                        spec_code?: string;
                        /** @description At most 20. */
                        tags?: {
                            key: string;
                            value: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bandwidth_package: {
                            admin_state_up: boolean;
                            bandwidth: number;
                            billing_mode: string;
                            charge_mode: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            interflow_mode: string;
                            local_area_id: string;
                            name: string;
                            project_id: string;
                            remote_area_id: string;
                            resource_id: string;
                            resource_type: string;
                            spec_code: string;
                            status: string;
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccShowBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bandwidth_package: {
                            admin_state_up: boolean;
                            bandwidth: number;
                            billing_mode: string;
                            charge_mode: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            interflow_mode: string;
                            local_area_id: string;
                            name: string;
                            project_id: string;
                            remote_area_id: string;
                            resource_id: string;
                            resource_type: string;
                            spec_code: string;
                            status: string;
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccUpdateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write is based on: 412 if the resource moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bandwidth_package: {
                        /** @description Mbit/s. */
                        bandwidth?: number;
                        /**
                         * @description 1 yearly/monthly, 2 …, 3 pay-per-use, 5 enhanced 95th percentile, 6 …
                         * @enum {string}
                         */
                        billing_mode?: "1" | "2" | "3" | "4" | "5" | "6";
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bandwidth_package: {
                            admin_state_up: boolean;
                            bandwidth: number;
                            billing_mode: string;
                            charge_mode: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            interflow_mode: string;
                            local_area_id: string;
                            name: string;
                            project_id: string;
                            remote_area_id: string;
                            resource_id: string;
                            resource_type: string;
                            spec_code: string;
                            status: string;
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccDeleteBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccAssociateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bandwidth_package: {
                        resource_id: string;
                        /** @enum {string} */
                        resource_type: "cloud_connection";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bandwidth_package: {
                            admin_state_up: boolean;
                            bandwidth: number;
                            billing_mode: string;
                            charge_mode: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            interflow_mode: string;
                            local_area_id: string;
                            name: string;
                            project_id: string;
                            remote_area_id: string;
                            resource_id: string;
                            resource_type: string;
                            spec_code: string;
                            status: string;
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccDisassociateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bandwidth_package: {
                        resource_id: string;
                        /** @enum {string} */
                        resource_type: "cloud_connection";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bandwidth_package: {
                            admin_state_up: boolean;
                            bandwidth: number;
                            billing_mode: string;
                            charge_mode: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            interflow_mode: string;
                            local_area_id: string;
                            name: string;
                            project_id: string;
                            remote_area_id: string;
                            resource_id: string;
                            resource_type: string;
                            spec_code: string;
                            status: string;
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccListCloudConnections: {
        parameters: {
            query: {
                /** @description Repeat to match any of up to 20 values. */
                description?: string[];
                /** @description Repeat to match any of up to 20 values. */
                enterprise_project_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                id?: string[];
                /** @description 1–2000 (default 2000), as published. */
                limit: number;
                /** @description The id of the last (or, with page_reverse, first) resource of the previous page. */
                marker?: string;
                /** @description Repeat to match any of up to 20 values. */
                name?: string[];
                /** @description Page backward from marker. */
                page_reverse?: boolean;
                /** @description Repeat to match any of up to 10 values. */
                status?: "ACTIVE"[];
                /** @description Repeat to match any of up to 10 values. */
                type?: string[];
                /** @description Repeat to match any of up to 2 values. */
                used_scene?: "vpc"[];
            };
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cloud_connections: {
                            admin_state_up: boolean;
                            bandwidth_package_number: number;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            inter_region_bandwidth_number: number;
                            name: string;
                            network_instance_number: number;
                            /** @enum {string} */
                            status: "ACTIVE";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                            /** @enum {string} */
                            used_scene: "vpc";
                        }[];
                        page_info: {
                            current_count: number;
                            next_marker?: string;
                            previous_marker?: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccCreateCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cloud_connection: {
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description The Lifeboat project; "0" is the default one. */
                        enterprise_project_id?: string;
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name: string;
                        /** @description At most 20. */
                        tags?: {
                            key: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        used_scene?: "vpc";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cloud_connection: {
                            admin_state_up: boolean;
                            bandwidth_package_number: number;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            inter_region_bandwidth_number: number;
                            name: string;
                            network_instance_number: number;
                            /** @enum {string} */
                            status: "ACTIVE";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                            /** @enum {string} */
                            used_scene: "vpc";
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccShowCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cloud_connection: {
                            admin_state_up: boolean;
                            bandwidth_package_number: number;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            inter_region_bandwidth_number: number;
                            name: string;
                            network_instance_number: number;
                            /** @enum {string} */
                            status: "ACTIVE";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                            /** @enum {string} */
                            used_scene: "vpc";
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccUpdateCloudConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write is based on: 412 if the resource moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cloud_connection: {
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cloud_connection: {
                            admin_state_up: boolean;
                            bandwidth_package_number: number;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            inter_region_bandwidth_number: number;
                            name: string;
                            network_instance_number: number;
                            /** @enum {string} */
                            status: "ACTIVE";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                            /** @enum {string} */
                            used_scene: "vpc";
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccDeleteCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccTagCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: {
                        key: string;
                        value: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccUntagCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: {
                        key: string;
                        value?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccFilterCloudConnectionsByTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: {
                        key: string;
                        values: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cloud_connections: {
                            admin_state_up: boolean;
                            bandwidth_package_number: number;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            enterprise_project_id: string;
                            id: string;
                            inter_region_bandwidth_number: number;
                            name: string;
                            network_instance_number: number;
                            /** @enum {string} */
                            status: "ACTIVE";
                            tags: {
                                key: string;
                                value: string;
                            }[];
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                            /** @enum {string} */
                            used_scene: "vpc";
                        }[];
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                        total_count: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccListCloudConnectionTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                        tags: {
                            key: string;
                            values: string[];
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccListInterRegionBandwidths: {
        parameters: {
            query: {
                /** @description Repeat to match any of up to 20 values. */
                bandwidth_package_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                cloud_connection_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                enterprise_project_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                id?: string[];
                /** @description 1–2000 (default 2000), as published. */
                limit: number;
                /** @description The id of the last (or, with page_reverse, first) resource of the previous page. */
                marker?: string;
                /** @description Page backward from marker. */
                page_reverse?: boolean;
            };
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inter_region_bandwidths: {
                            bandwidth: number;
                            bandwidth_package_id: string;
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            inter_regions: {
                                id: string;
                                local_region_id: string;
                                project_id: string;
                                remote_region_id: string;
                            }[];
                            name: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        }[];
                        page_info: {
                            current_count: number;
                            next_marker?: string;
                            previous_marker?: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccCreateInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    inter_region_bandwidth: {
                        /** @description Mbit/s; with the others on the package, at most its bandwidth. */
                        bandwidth: number;
                        bandwidth_package_id: string;
                        cloud_connection_id: string;
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description Exactly two regions with network instances in the connection. */
                        inter_region_ids: string[];
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inter_region_bandwidth: {
                            bandwidth: number;
                            bandwidth_package_id: string;
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            inter_regions: {
                                id: string;
                                local_region_id: string;
                                project_id: string;
                                remote_region_id: string;
                            }[];
                            name: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccShowInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inter_region_bandwidth: {
                            bandwidth: number;
                            bandwidth_package_id: string;
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            inter_regions: {
                                id: string;
                                local_region_id: string;
                                project_id: string;
                                remote_region_id: string;
                            }[];
                            name: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccUpdateInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write is based on: 412 if the resource moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    inter_region_bandwidth: {
                        /** @description Mbit/s; with the others on the package, at most its bandwidth. */
                        bandwidth?: number;
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inter_region_bandwidth: {
                            bandwidth: number;
                            bandwidth_package_id: string;
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            inter_regions: {
                                id: string;
                                local_region_id: string;
                                project_id: string;
                                remote_region_id: string;
                            }[];
                            name: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccDeleteInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccListNetworkInstances: {
        parameters: {
            query: {
                /** @description Repeat to match any of up to 20 values. */
                cloud_connection_id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                description?: string[];
                /** @description Repeat to match any of up to 20 values. */
                id?: string[];
                /** @description Repeat to match any of up to 20 values. */
                instance_id?: string[];
                /** @description 1–2000 (default 2000), as published. */
                limit: number;
                /** @description The id of the last (or, with page_reverse, first) resource of the previous page. */
                marker?: string;
                /** @description Repeat to match any of up to 20 values. */
                name?: string[];
                /** @description Page backward from marker. */
                page_reverse?: boolean;
                /** @description Repeat to match any of up to 20 values. */
                region_id?: string[];
                /** @description Repeat to match any of up to 10 values. */
                status?: "ACTIVE"[];
                /** @description Repeat to match any of up to 2 values. */
                type?: string[];
            };
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network_instances: {
                            cidrs: string[];
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            instance_domain_id: string;
                            instance_id: string;
                            name: string;
                            project_id: string;
                            region_id: string;
                            status: string;
                            type: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        }[];
                        page_info: {
                            current_count: number;
                            next_marker?: string;
                            previous_marker?: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccCreateNetworkInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network_instance: {
                        /** @description IPv4 CIDR blocks; none may overlap another instance of the cloud connection. */
                        cidrs: string[];
                        cloud_connection_id: string;
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        instance_domain_id?: string;
                        instance_id: string;
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name?: string;
                        project_id: string;
                        region_id: string;
                        /** @enum {string} */
                        type: "vpc" | "vgw";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network_instance: {
                            cidrs: string[];
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            instance_domain_id: string;
                            instance_id: string;
                            name: string;
                            project_id: string;
                            region_id: string;
                            status: string;
                            type: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccShowNetworkInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network_instance: {
                            cidrs: string[];
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            instance_domain_id: string;
                            instance_id: string;
                            name: string;
                            project_id: string;
                            region_id: string;
                            status: string;
                            type: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccUpdateNetworkInstance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this write is based on: 412 if the resource moved on. */
                "if-match"?: string;
            };
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network_instance: {
                        /** @description IPv4 CIDR blocks; none may overlap another instance of the cloud connection. */
                        cidrs?: string[];
                        /** @description At most 255 characters; no < or >. */
                        description?: string;
                        /** @description 1–64 letters (any script), digits, -, _ and ., words separated by single spaces */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network_instance: {
                            cidrs: string[];
                            cloud_connection_id: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            created_at: string;
                            description: string;
                            domain_id: string;
                            id: string;
                            instance_domain_id: string;
                            instance_id: string;
                            name: string;
                            project_id: string;
                            region_id: string;
                            status: string;
                            type: string;
                            /** @description yyyy-MM-ddTHH:mm:ssZ (UTC). */
                            updated_at: string;
                        };
                        /** @description Request ID (also in X-Request-Id). */
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    ccDeleteNetworkInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) ID. */
                domain_id: string;
                /** @description Instance ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
    keystoneListAuthDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domains: {
                            description: string;
                            enabled: boolean;
                            /** @description The domain id: what /v3/{domain_id} takes. */
                            id: string;
                            links: {
                                self: string;
                            };
                            /** @description The Lifeboat account name. */
                            name: string;
                        }[];
                        links: {
                            next: null;
                            previous: null;
                            self: string;
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CC.xxxx: see the catalogue in the README. */
                        error_code: string;
                        error_msg: string;
                        request_id: string;
                    };
                };
            };
        };
    };
}
