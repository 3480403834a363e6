#pragma once

#include "ConnectionSettings.h"
#include "Result.h"

#include <QString>

/// Where a compare or sync reads or writes, as the user typed it: a saved profile with an optional
/// database (`prod/shop`), or a URL (`mysql://user[:password]@host[:port]/database[?options]`).
/// URL options: socket, ssl-mode, ssl-ca, ssl-cert, ssl-key, connect-timeout.
struct Endpoint
{
    enum class Kind { Profile, Url };

    Kind kind = Kind::Profile;
    QString profile;  ///< Kind::Profile: the profile's name
    QString database; ///< may be empty: the profile's default database, or none
    ConnectionSettings url; ///< Kind::Url: everything the URL said
    bool passwordInUrl = false; ///< the caller warns: a password on a command line is visible to others

    static Result<Endpoint> parse(const QString& text);

    /// The endpoint as it may be shown and logged: never with a password.
    QString displayText() const;
};
