{{/* The release's name for its objects, kept within Kubernetes' 63 characters. */}}
{{- define "cpp.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "cpp.instanceLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The serving pods only: the migration Job's pod must never receive traffic or count towards the budget. */}}
{{- define "cpp.selectorLabels" -}}
{{ include "cpp.instanceLabels" . }}
app.kubernetes.io/component: web
{{- end -}}

{{- define "cpp.labels" -}}
{{ include "cpp.instanceLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "cpp.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{/*
Every non-secret setting, as environment variable names and values. The ConfigMap holds them for the Deployment;
the migration Job gets them inline, because as a pre-install hook it runs before the ConfigMap exists.
*/}}
{{- define "cpp.settings" -}}
SPRING_PROFILES_ACTIVE: {{ .Values.springProfiles | quote }}
CPP_DB_URL: {{ .Values.database.url | quote }}
CPP_DB_USER: {{ .Values.database.username | quote }}
CPP_DB_POOL_SIZE: {{ .Values.database.poolSize | quote }}
{{- range $shard, $server := .Values.database.shards }}
{{ printf "CPP_DATABASE_SHARDS_%s_URL" (upper $shard) }}: {{ $server.url | quote }}
{{ printf "CPP_DATABASE_SHARDS_%s_USERNAME" (upper $shard) }}: {{ $server.username | quote }}
{{- with $server.poolSize }}
{{ printf "CPP_DATABASE_SHARDS_%s_POOLSIZE" (upper $shard) }}: {{ . | quote }}
{{- end }}
{{- end }}
CPP_TENANCY_MIGRATIONPARALLELISM: {{ .Values.migrations.parallelism | quote }}
{{- with .Values.security.platformIssuers }}
CPP_SECURITY_PLATFORMISSUERS: {{ join "," . | quote }}
{{- end }}
CPP_SECURITY_AUDIENCE: {{ .Values.security.audience | default .Values.security.signIn.clientId | quote }}
{{- range $index, $entry := .Values.security.issuerAudiences }}
{{ printf "CPP_SECURITY_ISSUERAUDIENCES_%d_ISSUER" $index }}: {{ $entry.issuer | quote }}
{{ printf "CPP_SECURITY_ISSUERAUDIENCES_%d_AUDIENCE" $index }}: {{ $entry.audience | quote }}
{{- end }}
{{- with .Values.security.signIn.issuerUri }}
SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CPP_ISSUERURI: {{ . | quote }}
SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CPP_CLIENTID: {{ $.Values.security.signIn.clientId | quote }}
SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CPP_SCOPE: {{ join "," $.Values.security.signIn.scopes | quote }}
{{- end }}
{{- with .Values.mail.host }}
CPP_MAIL_HOST: {{ . | quote }}
CPP_MAIL_PORT: {{ $.Values.mail.port | quote }}
{{- end }}
CPP_MAIL_FROM: {{ .Values.mail.from | quote }}
{{- with .Values.mail.baseUrl }}
CPP_BASE_URL: {{ . | quote }}
{{- end }}
LOGGING_STRUCTURED_FORMAT_CONSOLE: {{ .Values.logging.format | quote }}
SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE: {{ printf "%ds" (int .Values.gracefulShutdown.drainSeconds) | quote }}
{{- with .Values.jvm.options }}
JAVA_TOOL_OPTIONS: {{ . | quote }}
{{- end }}
{{- range $name, $value := .Values.extraSettings }}
{{ $name }}: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* Database passwords, only ever by reference to the Secrets that hold them. */}}
{{- define "cpp.databaseSecretEnv" -}}
- name: CPP_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.passwordKey }}
{{- range $shard, $server := .Values.database.shards }}
- name: {{ printf "CPP_DATABASE_SHARDS_%s_PASSWORD" (upper $shard) }}
  valueFrom:
    secretKeyRef:
      name: {{ $server.existingSecret | default $.Values.database.existingSecret }}
      key: {{ $server.passwordKey }}
{{- end }}
{{- end -}}

{{- define "cpp.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurity.runAsUser }}
runAsGroup: {{ .Values.podSecurity.runAsGroup }}
fsGroup: {{ .Values.podSecurity.runAsGroup }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Nothing but /tmp is writable; the JVM and Tomcat keep their scratch files there. */}}
{{- define "cpp.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurity.runAsUser }}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/*
"true" when a ServiceMonitor is asked for and the Prometheus operator's API is there: on the cluster, or declared
in capabilities.apiVersions when rendering without one.
*/}}
{{- define "cpp.serviceMonitorEnabled" -}}
{{- $api := "monitoring.coreos.com/v1" -}}
{{- if and .Values.metrics.serviceMonitor.enabled (or (.Capabilities.APIVersions.Has $api) (has $api .Values.capabilities.apiVersions)) -}}
true
{{- end -}}
{{- end -}}
