# nginx serving the app's own bytes as static files (sourced by run.sh, not run).
# mirror URL_PATH: saves the app's identity bytes (and its gzip bytes as .gz, if the app compresses it)
# under $WWW at the same path; a page (no extension) becomes PATH/index.html.
mirror() {
    local path=${1%%\?*} file
    file=$WWW$path
    case ${path##*/} in *.*) ;; *) file=${file%/}/index.html ;; esac
    mkdir -p "$(dirname "$file")"
    curl -sf -o "$file" "$APP_URL$1"
    curl -sf -o "$file.gz" -D "$file.h" -H 'Accept-Encoding: gzip' "$APP_URL$1"
    grep -qi '^content-encoding: gzip' "$file.h" || rm "$file.gz"
    rm "$file.h"
}

# write_nginx_conf PORT HEADERS_FILE: the response headers the app sends with a page (security headers,
# Cache-Control) are sent by nginx too, so both answer with the same body and nearly the same headers.
write_nginx_conf() {
    local add_headers
    add_headers=$(tr -d '\r' <"$2" | awk 'NR > 1 && (i = index($0, ": ")) {
        name = substr($0, 1, i - 1); value = substr($0, i + 2)
        if (tolower(name) ~ /^(date|content-length|content-type|content-encoding|etag|vary|last-modified|accept-ranges|transfer-encoding|server)$/) next
        gsub(/"/, "\\\"", value); printf "        add_header %s \"%s\" always;\n", name, value }')
    mkdir -p "$WORK/nginx"
    cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-auto};
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    charset utf-8;
    access_log $NGINX_ACCESS_LOG;
    sendfile ${NGINX_SENDFILE:-on};
    tcp_nopush on;
    keepalive_requests 1000000;
    open_file_cache max=100;
    gzip_static on;
    gzip_vary on;
    server_tokens off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$1;
        root $WWW;
$add_headers
        location / { try_files \$uri \$uri/index.html =404; }
    }
}
CONF
}

# write_export_nginx_conf PORT EXPORT_DIR: nginx serving the folder that `LinkedInOptOutGuide export` wrote, with the
# server block the export generated (only its listen line changed); the http settings match write_nginx_conf's.
write_export_nginx_conf() {
    mkdir -p "$WORK/nginx-export"
    sed "s/^    listen 8080;$/    listen 127.0.0.1:$1;/" "$2/nginx.conf" >"$WORK/nginx-export/site.conf"
    grep -q "listen 127.0.0.1:$1;" "$WORK/nginx-export/site.conf" || { log "the export's nginx.conf has no 'listen 8080;' line"; return 1; }
    cat >"$WORK/nginx-export/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-auto};
pid $WORK/nginx-export/nginx.pid;
error_log $WORK/nginx-export/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $NGINX_EXPORT_ACCESS_LOG;
    sendfile ${NGINX_SENDFILE:-on};
    tcp_nopush on;
    keepalive_requests 1000000;
    open_file_cache max=100;
    client_body_temp_path $WORK/nginx-export/body;
    proxy_temp_path $WORK/nginx-export/proxy;
    fastcgi_temp_path $WORK/nginx-export/fastcgi;
    uwsgi_temp_path $WORK/nginx-export/uwsgi;
    scgi_temp_path $WORK/nginx-export/scgi;
    include $WORK/nginx-export/site.conf;
}
CONF
}
