vcl 4.1;

# Varnish in front of claimdesk: it serves the public reader pages (/a/<slug>), their
# annotations.json and the embed script from its cache, and claimdesk purges them when they change.
#
# The app's responses say how long they may be kept (Cache-Control: s-maxage) and name what they show
# (Surrogate-Key: "reader article-<slug> source-<registry id> ..."). claimdesk sends
#   PURGE <CACHE_PURGE_URL>  with  Surrogate-Key: <keys>
# after each change a reader could see; this VCL bans every cached object carrying any of those keys.
#
# Run:  varnishd -f deploy/varnish.vcl -a :80
# and start claimdesk with CACHE_PURGE_URL=http://<this varnish>/  (any path). To put the app somewhere
# else, edit .host and .port below (see README, "Serving readers through a cache").

import std;

backend claimdesk {
  .host = "127.0.0.1";
  .port = "3000";
}

# Who may purge: the machine claimdesk runs on. Add its address here when it runs elsewhere.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (!(client.ip ~ purgers)) {
      return (synth(403, "Purging not allowed"));
    }
    # Keys are what claimdesk makes: lower-case letters, digits and dashes, space-separated.
    if (req.http.Surrogate-Key !~ "^[a-z0-9-]+( [a-z0-9-]+)*$") {
      return (synth(400, "Surrogate-Key required"));
    }
    # obj.http.* only, so the ban lurker can clear matching objects in the background. \s, not a
    # space: an unquoted ban argument ends at the first space.
    if (!std.ban("obj.http.Surrogate-Key ~ (^|\s)(" + regsuball(req.http.Surrogate-Key, " ", "|") + ")(\s|$)")) {
      return (synth(400, std.ban_error()));
    }
    return (synth(200, "Banned"));
  }

  # The public responses read no cookie and no credentials: drop them so every reader shares one copy.
  # Everything else (the desk, the API, sign-in) goes to the app uncached.
  if ((req.method == "GET" || req.method == "HEAD") &&
      req.url ~ "^/(a/[a-z0-9-]+(/annotations\.json)?|embed\.js|embed/[a-z0-9]+\.js)(\?.*)?$") {
    unset req.http.Cookie;
    unset req.http.Authorization;
    return (hash);
  }
  return (pass);
}

sub vcl_backend_response {
  # Kept only when the app says so (Cache-Control: public, s-maxage), which Varnish reads itself;
  # nothing it did not mark public is stored.
  if (beresp.http.Cache-Control !~ "public") {
    set beresp.uncacheable = true;
    return (deliver);
  }
}

sub vcl_deliver {
  # For tests and operators: whether this answer came from the cache.
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
