SETTING = "on"
