include ':app'
